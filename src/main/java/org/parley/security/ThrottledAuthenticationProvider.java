package org.parley.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The password check of the login form, behind {@link LoginThrottle}: an attempt for an account or from an address
 * that must wait is refused before the password is looked at; a wrong password counts against both.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final LockNotice lockNotice;

    ThrottledAuthenticationProvider(ParleyUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                    LockNotice lockNotice) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.lockNotice = lockNotice;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String account = String.valueOf(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : "unknown";
        Optional<LoginThrottle.Refusal> refusal = Stream.of(
                        throttle.refusal(LoginThrottle.Scope.ACCOUNT, account),
                        throttle.refusal(LoginThrottle.Scope.ADDRESS, address))
                .flatMap(Optional::stream)
                .max(Comparator.comparing(LoginThrottle.Refusal::until));
        if (refusal.isPresent()) {
            throw new LoginThrottledException(refusal.get());
        }
        try {
            Authentication authenticated = passwords.authenticate(authentication);
            throttle.recordSuccess(account);
            return authenticated;
        } catch (BadCredentialsException wrong) {
            LoginThrottle.Failure forAccount = throttle.recordFailure(LoginThrottle.Scope.ACCOUNT, account);
            LoginThrottle.Failure forAddress = throttle.recordFailure(LoginThrottle.Scope.ADDRESS, address);
            if (forAccount.newlyLocked()) {
                lockNotice.accountLocked(account, address, forAccount);
            }
            if (forAddress.newlyLocked()) {
                lockNotice.addressLocked(LoginThrottle.Scope.ADDRESS, address, forAddress);
            }
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
