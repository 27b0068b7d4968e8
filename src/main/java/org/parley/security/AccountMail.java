package org.parley.security;

import org.parley.base.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.annotation.PreDestroy;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * E-mails about a person's own account (a lock, an invitation, a reset link) in their language; written to the
 * log when no SMTP server is configured, as the notification digest does. A mail asked for inside a transaction
 * leaves only once it commits (no link is sent for a token that was rolled back), from a thread of its own: a
 * reset request for an address with an account answers as fast as one for an address without.
 */
@Component
class AccountMail {

    private static final Logger log = LoggerFactory.getLogger(AccountMail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final Messages messages;
    private final String from;
    private final ExecutorService outbox = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "parley-account-mail");
        thread.setDaemon(true);
        return thread;
    });

    AccountMail(ObjectProvider<JavaMailSender> mail, Messages messages,
                @Value("${parley.mail.from:parley@localhost}") String from) {
        this.mail = mail;
        this.messages = messages;
        this.from = from;
    }

    void send(String to, String language, String subjectKey, String bodyKey, Object... arguments) {
        Locale locale = Locale.forLanguageTag(language == null ? "en" : language);
        String subject = messages.get(subjectKey, locale);
        String body = messages.get(bodyKey, locale, arguments);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    outbox.execute(() -> deliver(to, subject, body));
                }
            });
        } else {
            deliver(to, subject, body);
        }
    }

    @PreDestroy
    void stop() {
        outbox.shutdown();
    }

    private void deliver(String to, String subject, String body) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.info("Mail to {} (no SMTP configured): {}\n{}", to, subject, body);
            return;
        }
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to);
            message.setSubject(subject);
            message.setText(body);
            sender.send(message);
        } catch (MailException e) {
            log.warn("Could not e-mail {}: {}", to, e.getMessage());
        }
    }
}
