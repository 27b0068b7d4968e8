package org.parley.testsupport;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import org.springframework.context.ApplicationContext;

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
        MockVaadin.setup(UI::new, new MockSpringServlet(routes(), context, UI::new));
        return UI.getCurrent();
    }

    public static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    public static void close() {
        MockVaadin.tearDown();
    }

    private static synchronized Routes routes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.parley");
        }
        return routes;
    }
}
