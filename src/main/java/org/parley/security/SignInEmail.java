package org.parley.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import java.io.IOException;

/**
 * The e-mail address last typed into the sign-in form of this browser session, so that the form can show it again
 * after a wrong password, or after the person set a new password through a link.
 */
public final class SignInEmail {

    private static final String ATTRIBUTE = SignInEmail.class.getName();
    private static final int MAX_LENGTH = 320;

    private SignInEmail() {
    }

    public static String of(HttpSession session) {
        return session == null || !(session.getAttribute(ATTRIBUTE) instanceof String email) ? "" : email;
    }

    public static void remember(HttpSession session, String email) {
        if (session != null && email != null) {
            String stripped = email.strip();
            session.setAttribute(ATTRIBUTE, stripped.length() > MAX_LENGTH ? stripped.substring(0, MAX_LENGTH) : stripped);
        }
    }

    /** Spring Security's redirect to {@code /login?error}, remembering the address first. */
    static final class RememberingFailureHandler extends SimpleUrlAuthenticationFailureHandler {

        RememberingFailureHandler(String failureUrl) {
            super(failureUrl);
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                            AuthenticationException exception) throws IOException,
                jakarta.servlet.ServletException {
            remember(request.getSession(), request.getParameter("username"));
            super.onAuthenticationFailure(request, response, exception);
        }
    }
}
