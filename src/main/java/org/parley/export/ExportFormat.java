package org.parley.export;

import org.parley.base.UserFacingException;

import java.util.Locale;

/** The file formats a version or a redline can be exported to. */
public enum ExportFormat {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    MD("md", "text/markdown; charset=UTF-8");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** Reads {@code pdf}, {@code docx} or {@code md} (any case); anything else is refused with a clear message. */
    public static ExportFormat parse(String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.extension.equals(wanted)) {
                return format;
            }
        }
        throw new UserFacingException("export.error.format", value == null ? "" : value);
    }
}
