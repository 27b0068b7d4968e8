package org.parley.testsupport;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.security.Principal;

/**
 * A Vaadin UI without a browser (Karibu-Testing) on the test's Spring context, so views get the real services,
 * Parley's i18n provider, init listeners and Vaadin's access control. Sign in with {@link TestData#signIn} before
 * {@link #open}: the shell reads the current user when it is built.
 */
public final class MockUi {

    private static Routes routes;

    private MockUi() {
    }

    public static UI open(ApplicationContext context) {
        // Vaadin's view access control asks the request, as it would behind Spring Security's filters
        MockVaadin.setMockRequestFactory(SignedInRequest::new);
        MockVaadin.setup(UI::new, new MockSpringServlet(routes(), context, UI::new));
        return UI.getCurrent();
    }

    public static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    public static void close() {
        MockVaadin.tearDown();
    }

    private static final class SignedInRequest extends FakeRequest {

        SignedInRequest(FakeHttpSession session) {
            super(session);
        }

        @Override
        public Principal getUserPrincipal() {
            return SecurityContextHolder.getContext().getAuthentication();
        }

        @Override
        public boolean isUserInRole(String role) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null && authentication.getAuthorities().stream()
                    .anyMatch(granted -> granted.getAuthority().equals("ROLE_" + role));
        }
    }

    private static synchronized Routes routes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.parley");
        }
        return routes;
    }
}
