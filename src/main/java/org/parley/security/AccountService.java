package org.parley.security;

import org.parley.base.UserFacingException;
import org.parley.journal.Journal;
import org.parley.journal.JournalEntry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How people get and recover their password: an admin's invitation, or a reset asked for from the sign-in page.
 * Both send a single-use link that expires (only its SHA-256 hash is stored); following it, the person sets a
 * password. A reset request answers the same whether or not the address has an account, and is throttled per
 * address asked for and per client address, known or not.
 */
@Service
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    public static final Duration RESET_VALIDITY = Duration.ofHours(1);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    public enum LinkPurpose { INVITATION, PASSWORD_RESET }

    /** What a link opens, for the page that sets the password. */
    public record AccountLink(LinkPurpose purpose, String email) {
    }

    private final AccountTokenRepository tokens;
    private final AccountRepository accounts;
    private final AccountMail mail;
    private final LoginThrottle throttle;
    private final PasswordEncoder passwords;
    private final CurrentUser currentUser;
    private final Journal journal;
    private final Clock clock;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    AccountService(AccountTokenRepository tokens, AccountRepository accounts, AccountMail mail, LoginThrottle throttle,
                   PasswordEncoder passwords, CurrentUser currentUser, Journal journal, Clock clock,
                   @Value("${parley.base-url:http://localhost:8080}") String baseUrl) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.mail = mail;
        this.throttle = throttle;
        this.passwords = passwords;
        this.currentUser = currentUser;
        this.journal = journal;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Admins: e-mails the person a link to set their first password (valid {@link #INVITATION_VALIDITY}). */
    @Transactional
    public void invite(long personId) {
        ParleyUser admin = currentUser.requireRole(GlobalRole.ADMIN);
        ParleyUser invitee = accounts.findById(personId).orElseThrow(() -> new UserFacingException("error.not-found"));
        OffsetDateTime expires = OffsetDateTime.now(clock).plus(INVITATION_VALIDITY);
        String link = issue(invitee.personId(), LinkPurpose.INVITATION, expires);
        String inviter = admin == null ? "Parley" : admin.displayName();
        mail.send(invitee.getUsername(), invitee.preferredLanguage(), "account.invitation.mail.subject",
                "account.invitation.mail.body", invitee.displayName(), inviter, link, TIME.format(expires));
        journal.record(JournalEntry.of(admin == null ? null : admin.personId(), "person.invited", "person", personId)
                .after(Map.of("expiresAt", expires.toString())));
    }

    /**
     * Anyone: e-mails a reset link (valid {@link #RESET_VALIDITY}) when the address has an account, and nothing
     * otherwise; the caller cannot tell which. Too many requests for one address or from one client are refused
     * for a while, known addresses and unknown alike.
     */
    @Transactional
    public void requestPasswordReset(String email, String clientAddress) {
        String address = email == null ? "" : email.strip();
        Optional<LoginThrottle.Refusal> refusal = Stream.of(
                        throttle.refusal(LoginThrottle.Scope.RESET_ACCOUNT, address),
                        throttle.refusal(LoginThrottle.Scope.RESET_ADDRESS, clientAddress))
                .flatMap(Optional::stream)
                .max(Comparator.comparing(LoginThrottle.Refusal::until));
        if (refusal.isPresent()) {
            throw new UserFacingException("account.reset.throttled", refusal.get().secondsFrom(clock.instant()));
        }
        throttle.recordFailure(LoginThrottle.Scope.RESET_ACCOUNT, address);
        throttle.recordFailure(LoginThrottle.Scope.RESET_ADDRESS, clientAddress);
        if (address.isEmpty()) {
            return;
        }
        accounts.findByEmail(address).filter(ParleyUser::isEnabled).ifPresent(user -> {
            OffsetDateTime expires = OffsetDateTime.now(clock).plus(RESET_VALIDITY);
            String link = issue(user.personId(), LinkPurpose.PASSWORD_RESET, expires);
            mail.send(user.getUsername(), user.preferredLanguage(), "account.reset.mail.subject",
                    "account.reset.mail.body", user.displayName(), link, TIME.format(expires));
            journal.record(JournalEntry.of(null, "person.password-reset-requested", "person", user.personId())
                    .after(Map.of("address", clientAddress, "expiresAt", expires.toString())));
        });
    }

    /** What a link opens, while it can still be used. */
    @Transactional(readOnly = true)
    public Optional<AccountLink> link(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return tokens.findUsable(ApiTokenService.hash(token), OffsetDateTime.now(clock))
                .map(usable -> new AccountLink(usable.purpose(), usable.email()));
    }

    /**
     * Spends the link and sets the password; every other open link of the account stops working and a sign-in
     * lock of the account is lifted. Returns the account's e-mail, to sign in with.
     */
    @Transactional
    public String setPassword(String token, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserFacingException("person.error.password", MIN_PASSWORD_LENGTH);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        AccountTokenRepository.Usable usable = token == null ? null
                : tokens.findUsable(ApiTokenService.hash(token), now).orElse(null);
        if (usable == null || !tokens.spend(usable.id(), now)) {
            throw new UserFacingException("account.link.invalid");
        }
        accounts.setPassword(usable.personId(), passwords.encode(password));
        tokens.spendAllOf(usable.personId(), now);
        throttle.recordSuccess(usable.email());
        journal.record(JournalEntry.of(usable.personId(), "person.password-set", "person", usable.personId())
                .after(Map.of("through", usable.purpose().name())));
        return usable.email();
    }

    private String issue(long personId, LinkPurpose purpose, OffsetDateTime expires) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.insert(personId, purpose, ApiTokenService.hash(secret), OffsetDateTime.now(clock), expires);
        return baseUrl + "/account/password?token=" + secret;
    }
}
