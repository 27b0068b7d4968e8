package org.parley.base.ui;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Smaller per-connection buffers for Tomcat's websockets (the Push connection of every open UI). Tomcat gives each
 * websocket a frame input buffer and two output buffers of {@code org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE}
 * bytes (8 KB each by default): 24 KB per open UI, while the browser sends only heartbeats on the socket and the
 * server's pushes are mostly a card or a margin (a longer message goes out in several frames). Tomcat reads the
 * system property once, when its websocket classes load, so it is set here, while Spring prepares the
 * environment: before the web server exists, for every way Parley is started ({@code java -jar}, tests,
 * benchmarks). A value given on the command line ({@code -D…}) wins.
 */
class PushSendBuffers implements EnvironmentPostProcessor {

    static final String PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final int SIZE = 2048;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, String.valueOf(SIZE));
        }
    }
}
