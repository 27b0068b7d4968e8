package org.parley.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import org.junit.jupiter.api.Test;
import org.parley.Application;

class PushBuffersTest {

    /**
     * The websocket's receive buffers are 1 KB: with a transport that sends the browser's requests over the socket
     * too, Tomcat would close it at the first request longer than that.
     */
    @Test
    void the_browser_sends_its_requests_over_xhr_so_the_small_websocket_receive_buffers_suffice() {
        assertThat(Application.class.getAnnotation(Push.class).transport()).isEqualTo(Transport.WEBSOCKET_XHR);
    }
}
