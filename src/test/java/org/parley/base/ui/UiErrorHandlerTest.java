package org.parley.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.SocketException;

class UiErrorHandlerTest {

    private final UiErrorHandler handler = new UiErrorHandler();

    @BeforeEach
    void openUi() {
        MockVaadin.setup();
    }

    @AfterEach
    void closeUi() {
        MockVaadin.tearDown();
    }

    @Test
    void a_browser_that_left_mid_response_is_not_an_incident() {
        handler.error(new ErrorEvent(new ClientAbortException(new IOException("Broken pipe"))));
        handler.error(new ErrorEvent(new IllegalStateException(new SocketException("Connection reset"))));
        MockVaadin.clientRoundtrip();

        NotificationsKt.expectNoNotifications();
    }

    @Test
    void an_unexpected_error_is_reported_with_an_incident_number() {
        handler.error(new ErrorEvent(new IllegalStateException("boom")));
        MockVaadin.clientRoundtrip();

        assertThat(NotificationsKt.getNotifications()).hasSize(1);
    }
}
