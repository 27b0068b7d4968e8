package org.parley.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.parley.testsupport.ParleyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The container's error dispatch (after an async timeout of a long export, say) reaches the error page for an
 * anonymous caller too: it used to be redirected to the login page, so a client saw 302 and an empty body.
 */
@ParleyTest
@AutoConfigureMockMvc
class ErrorDispatchTest {

    @Autowired
    MockMvc mvc;

    @Test
    void an_anonymous_error_dispatch_keeps_its_status_instead_of_redirecting_to_the_login() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/error").with(request -> {
            request.setDispatcherType(DispatcherType.ERROR);
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 503);
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/documents/paper/versions/1/export");
            return request;
        })).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getRedirectedUrl()).isNull();
    }
}
