package org.parley.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An export ready to be written: everything it needs has been read (and the reader's permissions checked), so
 * writing it needs no database, no transaction and no signed-in user, and can stream straight to the response.
 */
public record Export(String fileName, ExportFormat format, Body body) {

    /** Writes the file; called once, on the thread of the request that asked for it. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    public String contentType() {
        return format.contentType();
    }
}
