package org.parley.revision;

import org.parley.base.CsvTable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parley.base.Messages;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The resolution matrix as a download: CSV (RFC 4180, UTF-8 with a byte order mark for Excel) or XLSX. */
@Component
public class ResolutionMatrixExport {

    private static final List<String> COLUMNS = List.of("paragraph", "organisation", "author", "kind", "text",
            "proposed-text", "disposition", "reason", "resulting-paragraphs");
    /** Excel refuses longer cell texts. */
    private static final int MAX_CELL = 32_767;

    private final Messages messages;

    ResolutionMatrixExport(Messages messages) {
        this.messages = messages;
    }

    public byte[] csv(ResolutionMatrix matrix, Locale locale) {
        return CsvTable.of(table(matrix, locale));
    }

    public byte[] xlsx(ResolutionMatrix matrix, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(messages.get("resolution.sheet", locale, matrix.versionNumber()));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            List<List<String>> table = table(matrix, locale);
            for (int r = 0; r < table.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> values = table.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c);
                    String value = values.get(c);
                    cell.setCellValue(value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value);
                    cell.setCellStyle(r == 0 ? header : wrapped);
                }
            }
            sheet.createFreezePane(0, 1);
            int[] widths = {10, 24, 20, 14, 60, 40, 18, 50, 14};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, table.size() - 1), 0,
                    COLUMNS.size() - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
