package org.parley.resolution;

import org.parley.base.XlsxTable;
import org.parley.base.CsvTable;
import org.parley.base.Messages;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The resolution matrix as a download: CSV (RFC 4180, UTF-8 with a byte order mark for Excel) or XLSX. */
@Component
public class ResolutionMatrixExport {

    private static final List<String> COLUMNS = List.of("paragraph", "organisation", "author", "kind", "text",
            "proposed-text", "disposition", "reason", "resulting-paragraphs");

    private final Messages messages;

    ResolutionMatrixExport(Messages messages) {
        this.messages = messages;
    }

    public byte[] csv(ResolutionMatrix matrix, Locale locale) {
        return CsvTable.of(table(matrix, locale));
    }

    public byte[] xlsx(ResolutionMatrix matrix, Locale locale) {
        return XlsxTable.of(messages.get("resolution.sheet", locale, matrix.versionNumber()), table(matrix, locale),
                new int[] {10, 24, 20, 14, 60, 40, 18, 50, 14});
    }

    private List<List<String>> table(ResolutionMatrix matrix, Locale locale) {
        List<List<String>> table = new ArrayList<>();
        table.add(COLUMNS.stream().map(c -> messages.get("resolution.column." + c, locale)).toList());
        for (ResolutionRow row : matrix.rows()) {
            table.add(List.of(nonNull(row.paragraphNumber()), nonNull(row.organisation()), nonNull(row.author()),
                    messages.get("comment.kind." + row.kind().name(), locale), nonNull(row.text()),
                    nonNull(row.proposedText()),
                    row.disposition() == null ? "" : messages.get("disposition.kind." + row.disposition().name(),
                            locale),
                    nonNull(row.reason()), String.join(", ", row.resultingParagraphs())));
        }
        return table;
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is defused so that a spreadsheet never runs it as a formula. */
    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
