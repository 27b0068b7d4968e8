package org.parley.base;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table as CSV for spreadsheets: RFC 4180 quoting, CRLF, UTF-8 with a byte order mark (so Excel reads accents
 * right), and cells that start like a formula defused with a leading apostrophe.
 */
public final class CsvTable {

    private CsvTable() {
    }

    public static byte[] of(List<List<String>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> line : rows) {
            for (int i = 0; i < line.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(quoted(line.get(i) == null ? "" : line.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
