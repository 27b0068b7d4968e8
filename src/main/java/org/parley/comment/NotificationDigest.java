package org.parley.comment;

import org.parley.document.Paragraph;
import org.parley.base.Messages;
import org.parley.organisation.OrganisationService;
import org.parley.organisation.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Every so often, one e-mail per person with their unread, not yet e-mailed notifications, in their language.
 * Without SMTP configuration (spring.mail.host) the digest is written to the log instead.
 */
@Component
class NotificationDigest {

    private static final Logger log = LoggerFactory.getLogger(NotificationDigest.class);

    private final NotificationRepository notifications;
    private final OrganisationService organisations;
    private final ObjectProvider<JavaMailSender> mail;
    private final Messages messages;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;
    private final String baseUrl;

    NotificationDigest(NotificationRepository notifications, OrganisationService organisations,
                       ObjectProvider<JavaMailSender> mail, Messages messages, TransactionTemplate transaction,
                       Clock clock, @Value("${parley.mail.from:parley@localhost}") String from,
                       @Value("${parley.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.organisations = organisations;
        this.mail = mail;
        this.messages = messages;
        this.transaction = transaction;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @Scheduled(fixedDelayString = "${parley.notifications.digest-interval:PT15M}",
            initialDelayString = "${parley.notifications.digest-interval:PT15M}")
    void sendDigests() {
        for (long personId : notifications.peopleWithUnsentNotifications()) {
            transaction.executeWithoutResult(status -> sendDigest(personId));
        }
    }

    void sendDigest(long personId) {
        Person person = organisations.person(personId).orElse(null);
        List<Notification> unsent = notifications.unsent(personId);
        if (person == null || unsent.isEmpty() || !person.enabled()) {
            return;
        }
        Locale locale = Locale.forLanguageTag(person.preferredLanguage());
        String subject = messages.get("notification.digest.subject", locale, unsent.size());
        String body = digestText(unsent, locale);
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.info("Notification digest for {} (no SMTP configured): {}\n{}", person.email(), subject, body);
        } else {
            try {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(person.email());
                message.setSubject(subject);
                message.setText(body);
                sender.send(message);
            } catch (MailException e) {
                log.warn("Could not e-mail the notification digest to {}: {}", person.email(), e.getMessage());
                return; // not marked: the next run tries again
            }
        }
        notifications.markEmailed(personId, OffsetDateTime.now(clock));
    }

    private String digestText(List<Notification> unsent, Locale locale) {
        StringBuilder text = new StringBuilder();
        for (Notification n : unsent) {
            text.append("- ").append(messages.get("notification.kind." + n.kind(), locale, n.paragraphNumber(),
                    n.documentTitle())).append('\n')
                    .append("  ").append(n.excerpt()).append('\n')
                    .append("  ").append(baseUrl).append("/documents/").append(n.documentSlug()).append("/v/")
                    .append(n.versionNumber()).append("#").append(Paragraph.anchorFor(
                            n.paragraphNumber())).append("\n\n");
        }
        return text.toString();
    }
}
