package org.parley.security;

import org.parley.journal.Journal;
import org.parley.journal.JournalEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;

/**
 * For automation: PARLEY_ADMIN_EMAIL + PARLEY_ADMIN_PASSWORD create (or reset) an admin account at start,
 * and PARLEY_ADMIN_TOKEN registers an API token for it.
 */
@Component
@Order(0)
class AdminProvisioning implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminProvisioning.class);

    private final AccountRepository accounts;
    private final ApiTokenService tokens;
    private final PasswordEncoder passwords;
    private final Journal journal;
    private final TransactionTemplate transaction;
    private final String email;
    private final String password;
    private final String token;

    AdminProvisioning(AccountRepository accounts, ApiTokenService tokens, PasswordEncoder passwords,
                      Journal journal, TransactionTemplate transaction,
                      @Value("${parley.admin.email:}") String email,
                      @Value("${parley.admin.password:}") String password,
                      @Value("${parley.admin.token:}") String token) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.journal = journal;
        this.transaction = transaction;
        this.email = email;
        this.password = password;
        this.token = token;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank()) {
            return;
        }
        if (password.length() < 12) {
            throw new IllegalStateException("PARLEY_ADMIN_PASSWORD must be set, at least 12 characters, "
                    + "when PARLEY_ADMIN_EMAIL is set");
        }
        transaction.executeWithoutResult(status -> {
            long personId = accounts.upsertAdmin(email, passwords.encode(password));
            journal.record(JournalEntry.of(null, "person.admin-provisioned", "person", personId)
                    .after(Map.of("email", email)));
            if (!token.isBlank()) {
                tokens.registerProvisioned(personId, token);
            }
        });
        log.info("Provisioned admin account {}{}", email, token.isBlank() ? "" : " with an API token");
    }
}
