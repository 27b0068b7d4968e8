package org.parley.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.springframework.stereotype.Component;

/**
 * Small receive buffers for the Push websocket. Push only sends here (Vaadin's default transport: the websocket from
 * the server, requests from the browser over XHR; the browser sends nothing but heartbeats on the socket), yet each
 * open websocket held about 80 KB of buffers for reading: Atmosphere's (16,384 bytes and as many chars, as Vaadin
 * sets them) and Tomcat's (8,192 bytes twice and 8,192 chars). A thousand readers held 80 MB for messages that never
 * come. Atmosphere grows its buffers when a longer message arrives; Tomcat would refuse a text message longer than
 * its buffer, which is why {@code PushBuffersTest} holds the transport to websocket + XHR.
 */
@Component
class PushBuffers implements VaadinServiceInitListener {

    static final int RECEIVE_BUFFER = 1024;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service)) {
            return;
        }
        ServletContext context = service.getServlet().getServletContext();
        if (context.getAttribute(ServerContainer.class.getName()) instanceof ServerContainer websockets) {
            websockets.setDefaultMaxTextMessageBufferSize(RECEIVE_BUFFER);
            websockets.setDefaultMaxBinaryMessageBufferSize(RECEIVE_BUFFER);
        }
        // read again for every new websocket, so a value set after Vaadin's own applies to all of them
        if (context.getAttribute(JSR356WebsocketInitializer.getAttributeName(service.getServlet().getServletName()))
                instanceof AtmosphereFramework atmosphere) {
            atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, String.valueOf(RECEIVE_BUFFER));
        }
    }
}
