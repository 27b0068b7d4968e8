package org.parley.base;

import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A table as one Excel sheet: bold frozen header row with a filter, wrapped cells, given column widths. */
public final class XlsxTable {

    /** Excel refuses longer cell texts. */
    private static final int MAX_CELL = 32_767;

    private XlsxTable() {
    }

    /** {@code widths} in characters, one per column. Cells are always text: nothing is evaluated as a formula. */
    public static byte[] of(String sheetName, List<List<String>> table, int[] widths) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            for (int r = 0; r < table.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> values = table.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c);
                    String value = values.get(c) == null ? "" : values.get(c);
                    cell.setCellValue(value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value);
                    cell.setCellStyle(r == 0 ? header : wrapped);
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            int columns = table.isEmpty() ? widths.length : table.get(0).size();
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, table.size() - 1), 0, columns - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
