package org.parley.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;
import org.parley.testsupport.TestDatabaseInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Parley on a real Tomcat: the websocket buffers that Tomcat sizes from a system property read once, when its
 * websocket classes load, are the small ones. Set any later (say, where {@link PushBuffers} is wired) and they
 * would stay at Tomcat's 8 KB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class PushSendBuffersTest {

    @Test
    void tomcat_sizes_each_websockets_frame_and_output_buffers_with_the_small_size() throws Exception {
        Field size = Class.forName("org.apache.tomcat.websocket.Constants").getDeclaredField("DEFAULT_BUFFER_SIZE");
        size.setAccessible(true);

        assertThat(size.getInt(null)).isEqualTo(PushSendBuffers.SIZE).isLessThan(8192);
    }
}
