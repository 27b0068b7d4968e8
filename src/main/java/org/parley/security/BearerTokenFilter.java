package org.parley.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Authenticates REST calls that carry {@code Authorization: Bearer <token>}. A wrong token is answered
 * with 401 by the entry point; no token at all leaves the request anonymous (public documents are readable).
 * Wrong tokens count against the caller's address ({@link LoginThrottle}): guessing is slowed, then refused (429).
 * A token verified within {@link ApiTokenService#VERIFIED_FOR} is served from memory, even from an address locked
 * for guessing: whoever presents it is not guessing.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final ProblemAuthenticationEntryPoint entryPoint;
    private final LoginThrottle throttle;
    private final LockNotice lockNotice;

    BearerTokenFilter(ApiTokenService tokens, ProblemAuthenticationEntryPoint entryPoint, LoginThrottle throttle,
                      LockNotice lockNotice) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
        this.throttle = throttle;
        this.lockNotice = lockNotice;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String secret = header.substring(7).trim();
        // a token verified here seconds ago is no guess: it needs neither the throttle nor PostgreSQL
        var user = tokens.recentlyVerified(secret);
        if (user.isEmpty()) {
            String address = request.getRemoteAddr();
            var refusal = throttle.refusal(LoginThrottle.Scope.TOKEN_ADDRESS, address);
            if (refusal.isPresent()) {
                entryPoint.tooManyAttempts(request, response, refusal.get());
                return;
            }
            user = tokens.authenticate(secret);
            if (user.isEmpty()) {
                LoginThrottle.Failure failure = throttle.recordFailure(LoginThrottle.Scope.TOKEN_ADDRESS, address);
                if (failure.newlyLocked()) {
                    lockNotice.addressLocked(LoginThrottle.Scope.TOKEN_ADDRESS, address, failure);
                }
                entryPoint.commence(request, response, null);
                return;
            }
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
