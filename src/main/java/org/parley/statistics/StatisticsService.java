package org.parley.statistics;

import org.parley.base.CsvTable;
import org.parley.base.Messages;
import org.parley.base.UserFacingException;
import org.parley.comment.CommentKind;
import org.parley.document.DocumentService;
import org.parley.document.DocumentSummary;
import org.parley.document.DocumentVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Participation in a document for whoever may read it: the same permission as reading the document, the
 * same comments as any reader sees, answers once public (editors see theirs at once).
 */
@Service
public class StatisticsService {

    private final StatisticsRepository statistics;
    private final DocumentService documents;
    private final Messages messages;

    StatisticsService(StatisticsRepository statistics, DocumentService documents,
                      Messages messages) {
        this.statistics = statistics;
        this.documents = documents;
        this.messages = messages;
    }

    /** Over every round the reader may see, or only round {@code round} (a version number) when not null. */
    @Transactional(readOnly = true)
    public DocumentStatistics statistics(String slug, Integer round) {
        DocumentSummary summary = documents.document(slug);
        List<DocumentVersion> counted = round == null ? summary.versions() : summary.versions().stream()
                .filter(v -> v.number() == round).toList();
        if (counted.isEmpty()) {
            throw new UserFacingException("statistics.error.unknown-round", round);
        }
        List<Long> ids = counted.stream().map(DocumentVersion::id).toList();
        StatisticsRepository.Totals totals = statistics.totals(ids);
        Map<Long, Map<Outcome, Integer>> outcomes = statistics.outcomes(ids,
                documents.readerRights().readsUnpublishedAnswers());
        return new DocumentStatistics(summary.document().slug(), summary.document().title(), round,
                summary.versions().stream().map(v -> new DocumentStatistics.Round(v.number(), v.label())).toList(),
                totals.contributions(), totals.people(), totals.organisations(),
                statistics.byOrganisation(ids), statistics.byOrganisationKind(ids), statistics.bySection(ids),
                byRound(counted, statistics.byVersion(ids)),
                counted.stream().map(v -> new RoundOutcomes(v.number(), v.label(),
                        outcomes.getOrDefault(v.id(), Map.of()))).toList());
    }

    /** One table of the statistics, header first, in the reader's language: what the page and the CSV show. */
    public List<List<String>> table(DocumentStatistics statistics, Breakdown breakdown, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        if (breakdown == Breakdown.OUTCOME) {
            List<String> header = new ArrayList<>(List.of(messages.get("statistics.column.round", locale)));
            for (Outcome outcome : Outcome.values()) {
                header.add(outcomeLabel(outcome, locale));
            }
            header.add(messages.get("statistics.column.total", locale));
            rows.add(header);
            for (RoundOutcomes round : statistics.outcomes()) {
                List<String> row = new ArrayList<>(List.of(roundLabel(round.round(), round.label(), locale)));
                for (Outcome outcome : Outcome.values()) {
                    row.add(String.valueOf(round.count(outcome)));
                }
                row.add(String.valueOf(round.total()));
                rows.add(row);
            }
            return rows;
        }
        List<String> header = new ArrayList<>(List.of(messages.get("statistics.column." + breakdown.slug(), locale)));
        for (CommentKind kind : CommentKind.values()) {
            header.add(messages.get("comment.kind." + kind.name(), locale));
        }
        header.addAll(List.of(messages.get("statistics.column.replies", locale),
                messages.get("statistics.column.total", locale), messages.get("statistics.column.people", locale)));
        rows.add(header);
        for (Participation p : statistics.participation(breakdown)) {
            List<String> row = new ArrayList<>(List.of(label(breakdown, p, locale)));
            for (CommentKind kind : CommentKind.values()) {
                row.add(String.valueOf(p.comments(kind)));
            }
            row.addAll(List.of(String.valueOf(p.replies()), String.valueOf(p.total()), String.valueOf(p.people())));
            rows.add(row);
        }
        return rows;
    }

    public byte[] csv(String slug, Integer round, Breakdown breakdown, Locale locale) {
        return CsvTable.of(table(statistics(slug, round), breakdown, locale));
    }

    /** What names a participation row: an organisation's name, a translated kind, a section, a round. */
    public String label(Breakdown breakdown, Participation row, Locale locale) {
        if (row.key() == null) {
            return messages.get(breakdown == Breakdown.SECTION ? "statistics.no-section" : "statistics.individuals",
                    locale);
        }
        return switch (breakdown) {
            case ORGANISATION -> row.name();
            case ORGANISATION_KIND -> capitalised(messages.get("organisation.kind." + row.key(), locale), locale);
            case ROUND -> roundLabel(Integer.parseInt(row.key()), row.name(), locale);
            default -> row.key();
        };
    }

    public String roundLabel(int number, String label, Locale locale) {
        return label == null || label.isBlank() ? messages.get("statistics.round", locale, number)
                : messages.get("statistics.round-labelled", locale, number, label);
    }

    public String outcomeLabel(Outcome outcome, Locale locale) {
        return messages.get(outcome == Outcome.UNANSWERED ? "statistics.outcome.UNANSWERED"
                : "disposition.kind." + outcome.name(), locale);
    }

    /** Every counted round gets a row, with zeros when nobody spoke in it; keyed by version number. */
    private static List<Participation> byRound(List<DocumentVersion> counted, List<Participation> byVersionId) {
        Map<String, Participation> found = byVersionId.stream()
                .collect(Collectors.toMap(Participation::key, Function.identity()));
        return counted.stream().map(v -> {
            Participation p = found.get(String.valueOf(v.id()));
            return p == null ? new Participation(String.valueOf(v.number()), v.label(),
                    new EnumMap<>(CommentKind.class), 0, 0)
                    : new Participation(String.valueOf(v.number()), v.label(), p.comments(), p.replies(), p.people());
        }).toList();
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
