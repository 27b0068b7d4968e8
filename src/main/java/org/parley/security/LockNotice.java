package org.parley.security;

import org.parley.journal.Journal;
import org.parley.journal.JournalEntry;
import org.parley.base.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * What happens when a lock is set: an audit event, and for a real account an e-mail to its holder in their
 * language (written to the log when no SMTP server is configured, as the notification digest does).
 */
@Component
class LockNotice {

    private static final Logger log = LoggerFactory.getLogger(LockNotice.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final AccountRepository accounts;
    private final Journal journal;
    private final TransactionTemplate transaction;
    private final ObjectProvider<JavaMailSender> mail;
    private final Messages messages;
    private final String from;

    LockNotice(AccountRepository accounts, Journal journal, TransactionTemplate transaction,
               ObjectProvider<JavaMailSender> mail, Messages messages,
               @Value("${parley.mail.from:parley@localhost}") String from) {
        this.accounts = accounts;
        this.journal = journal;
        this.transaction = transaction;
        this.mail = mail;
        this.messages = messages;
        this.from = from;
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
        Locale locale = Locale.forLanguageTag(user.preferredLanguage() == null ? "en" : user.preferredLanguage());
        String subject = messages.get("login.locked.mail.subject", locale);
        String body = messages.get("login.locked.mail.body", locale, until, address);
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.info("Lock notice for {} (no SMTP configured): {}\n{}", user.getUsername(), subject, body);
            return;
        }
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(user.getUsername());
            message.setSubject(subject);
            message.setText(body);
            sender.send(message);
        } catch (MailException e) {
            log.warn("Could not e-mail the lock notice to {}: {}", user.getUsername(), e.getMessage());
        }
    }
}
