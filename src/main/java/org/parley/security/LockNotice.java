package org.parley.security;

import org.parley.journal.Journal;
import org.parley.journal.JournalEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * What happens when a lock is set: an audit event, and for a real account an e-mail to its holder in their
 * language ({@link AccountMail}).
 */
@Component
class LockNotice {

    private static final Logger log = LoggerFactory.getLogger(LockNotice.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final AccountRepository accounts;
    private final Journal journal;
    private final TransactionTemplate transaction;
    private final AccountMail mail;

    LockNotice(AccountRepository accounts, Journal journal, TransactionTemplate transaction, AccountMail mail) {
        this.accounts = accounts;
        this.journal = journal;
        this.transaction = transaction;
        this.mail = mail;
    }

    void accountLocked(String email, String address, LoginThrottle.Failure failure) {
        var account = transaction.execute(status -> accounts.findByEmail(email));
        String until = TIME.format(failure.notBefore().atOffset(ZoneOffset.UTC));
        transaction.executeWithoutResult(status -> journal.record(JournalEntry.of(null, "signin.locked", "person",
                        account.map(ParleyUser::personId).map(String::valueOf).orElse("unknown:" + email))
                .after(Map.of("failures", failure.failures(), "address", address, "until", until))));
        account.ifPresent(user -> send(user, until, address));
    }

    void addressLocked(LoginThrottle.Scope scope, String address, LoginThrottle.Failure failure) {
        String until = TIME.format(failure.notBefore().atOffset(ZoneOffset.UTC));
        String action = scope == LoginThrottle.Scope.ADDRESS ? "signin.address-locked" : "api-token.address-locked";
        transaction.executeWithoutResult(status -> journal.record(JournalEntry.of(null, action, "address", address)
                .after(Map.of("failures", failure.failures(), "until", until))));
        log.warn("{} locked for address {} until {} after {} failures", scope, address, until, failure.failures());
    }

    private void send(ParleyUser user, String until, String address) {
        mail.send(user.getUsername(), user.preferredLanguage(), "login.locked.mail.subject", "login.locked.mail.body",
                until, address);
    }
}
