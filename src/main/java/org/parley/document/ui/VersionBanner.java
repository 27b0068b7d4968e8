package org.parley.document.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.parley.document.DocumentVersion;
import org.parley.document.VersionStatus;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Status of the version and its consultation dates, in the reader's language and date format; on an older version,
 * where the newest published one is.
 */
class VersionBanner extends Div {

    private final Clock clock;

    VersionBanner(DocumentVersion version, Clock clock, String slug, Optional<DocumentVersion> newer) {
        this.clock = clock;
        addClassNames("version-banner", "status-" + version.status().name().toLowerCase());
        setId("version-banner");
        Span status = new Span(getTranslation("version.status." + version.status()));
        status.getElement().getThemeList().add("badge");
        status.addClassName("status-badge");
        add(status);
        // the version's label is already in the version selector beside the banner: not a second time here
        String dates = datesText(version);
        if (!dates.isEmpty()) {
            Span when = new Span(dates);
            when.addClassName("version-dates");
            add(when);
        }
        String left = timeLeft(version);
        if (!left.isEmpty()) {
            Span remaining = new Span(left);
            remaining.addClassName("version-time-left");
            add(remaining);
        }
        newer.ifPresent(latest -> {
            String name = getTranslation("version.label", latest.number())
                    + (latest.label() == null || latest.label().isBlank() ? "" : " — " + latest.label());
            Anchor link = new Anchor("documents/" + slug + "/v/" + latest.number(), name);
            link.getElement().setAttribute("dir", "auto");
            Span notice = new Span(getTranslation("version.banner.newer") + " ");
            notice.add(link);
            notice.addClassName("version-newer");
            notice.setId("newer-version");
            add(notice);
        });
    }

    /** "30 days left" while the round runs; "Opens in 3 days" before it starts. */
    private String timeLeft(DocumentVersion v) {
        if (v.status() != VersionStatus.OPEN_FOR_COMMENTS || v.consultationClosesAt() == null) {
            return "";
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (v.consultationOpensAt() != null && now.isBefore(v.consultationOpensAt())) {
            return getTranslation("version.banner.opens-in", days(now, v.consultationOpensAt()));
        }
        if (!now.isBefore(v.consultationClosesAt())) {
            return getTranslation("version.banner.round-over");
        }
        return getTranslation("version.banner.days-left", days(now, v.consultationClosesAt()));
    }

    private static long days(OffsetDateTime from, OffsetDateTime to) {
        ZoneId zone = ZoneId.systemDefault();
        return ChronoUnit.DAYS.between(from.atZoneSameInstant(zone).toLocalDate(),
                to.atZoneSameInstant(zone).toLocalDate());
    }

    private String datesText(DocumentVersion v) {
        return switch (v.status()) {
            case DRAFT -> getTranslation("version.banner.draft");
            case OPEN_FOR_COMMENTS -> openText(v);
            case CLOSED -> v.consultationClosesAt() == null ? ""
                    : getTranslation("version.banner.closed", date(v.consultationClosesAt()));
            case PUBLISHED -> v.publishedAt() == null ? ""
                    : getTranslation("version.banner.published", date(v.publishedAt()));
        };
    }

    private String openText(DocumentVersion v) {
        if (v.consultationOpensAt() != null && v.consultationClosesAt() != null) {
            return getTranslation("version.banner.open", date(v.consultationOpensAt()), date(v.consultationClosesAt()));
        }
        if (v.consultationClosesAt() != null) {
            return getTranslation("version.banner.open-until", date(v.consultationClosesAt()));
        }
        return "";
    }

    private String date(OffsetDateTime time) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .format(time.atZoneSameInstant(ZoneId.systemDefault()));
    }
}
