package org.parley.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A size limit per kind of API call, checked before the body is read: file uploads may carry an import (the
 * importer's limit plus room for the form), confirming a revision carries a list of corrections, anything else is
 * small JSON. A declared Content-Length over the limit is answered 413 at once; a chunked body is cut off where it
 * passes the limit (the error handler then answers 413 too, seeing {@link #EXCEEDED}). Multipart bodies are read by
 * the servlet container itself, whose own limit (spring.servlet.multipart.max-request-size) matches.
 */
public final class RequestBodyLimitFilter extends OncePerRequestFilter {

    /** Request attribute: the limit, in bytes, that a chunked body went past. */
    public static final String EXCEEDED = RequestBodyLimitFilter.class.getName() + ".exceeded";
    static final long JSON_LIMIT = 256 * 1024;
    static final long CORRECTIONS_LIMIT = 4 * 1024 * 1024;
    /** A screen's message to the server carries at most the text of a field or two (a draft paragraph). */
    static final long SCREEN_MESSAGE_LIMIT = 4 * 1024 * 1024;
    private static final long FORM_ROOM = 64 * 1024;

    private final long uploadLimit;
    private final boolean screens;
    private final ProblemAuthenticationEntryPoint problems;

    private RequestBodyLimitFilter(long importLimit, boolean screens, ProblemAuthenticationEntryPoint problems) {
        this.uploadLimit = importLimit + FORM_ROOM;
        this.screens = screens;
        this.problems = problems;
    }

    static RequestBodyLimitFilter forApi(long importLimit, ProblemAuthenticationEntryPoint problems) {
        return new RequestBodyLimitFilter(importLimit, false, problems);
    }

    /** The screens' uploads (Vaadin reads them itself, into memory) and messages, before Vaadin sees them. */
    static RequestBodyLimitFilter forScreens(long importLimit, ProblemAuthenticationEntryPoint problems) {
        return new RequestBodyLimitFilter(importLimit, true, problems);
    }

    /** 10 MB, 256 KB: limits as people say them. */
    public static String sizeInWords(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : (bytes / 1024) + " KB";
    }

    long limitFor(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
            return uploadLimit;
        }
        if (screens) {
            return SCREEN_MESSAGE_LIMIT;
        }
        return request.getRequestURI().endsWith("/accept") ? CORRECTIONS_LIMIT : JSON_LIMIT;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            problems.tooLarge(request, response, limit);
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedStream(super.getInputStream(), limit, this);
            }
            return limited;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private final HttpServletRequest request;
        private long read;

        LimitedStream(ServletInputStream in, long limit, HttpServletRequest request) {
            this.in = in;
            this.limit = limit;
            this.request = request;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, (int) Math.min(length, limit - read + 1));
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                request.setAttribute(EXCEEDED, limit);
                throw new IOException("request body over " + limit + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
