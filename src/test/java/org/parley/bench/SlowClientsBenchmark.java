package org.parley.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Slow clients against a running Parley: the time of a normal request ({@code GET /api/v1/documents}, a fresh
 * connection each time, as a new visitor) first on a quiet server, then right after N connections have each sent the
 * headers and half the body of an anonymous comment post and gone quiet (the slowloris of issue 15, item 14).
 * Prints the quiet median, the time of each normal request under attack, and how long the slow connections stay
 * open (the server's read timeout drops them). Usage:
 * {@code SlowClientsBenchmark <base-url> [slow-clients, default 250] [normal requests under attack, default 5]}.
 */
public final class SlowClientsBenchmark {

    private SlowClientsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int slowClients = args.length > 1 ? Integer.parseInt(args[1]) : 250;
        int underAttack = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<Long> quiet = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long took = normalRequest(base);
            if (i >= 10) {
                quiet.add(took);
            }
        }
        quiet.sort(null);
        System.out.printf(Locale.ROOT, "load average %s; quiet server: normal request median %.1f ms (n=%d)%n",
                Files.readString(Path.of("/proc/loadavg")).strip(), quiet.get(quiet.size() / 2) / 1e6, quiet.size());

        List<Socket> slow = new ArrayList<>();
        long attackStarted = System.nanoTime();
        for (int i = 0; i < slowClients; i++) {
            Socket socket = new Socket(base.getHost(), base.getPort());
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/documents/paper/versions/1/paragraphs/1/comments HTTP/1.1\r\nHost: "
                    + base.getHost() + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
                    + "{\"kind\": \"COMMENT\", \"body\": \"half of it").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            slow.add(socket);
        }
        System.out.printf(Locale.ROOT, "%d slow clients connected in %.0f ms%n", slowClients,
                (System.nanoTime() - attackStarted) / 1e6);
        for (int i = 0; i < underAttack; i++) {
            long took = normalRequest(base);
            System.out.printf(Locale.ROOT, "under attack: normal request %d answered in %.0f ms (%.0f× quiet "
                    + "median), %.1f s after the attack began%n", i + 1, took / 1e6,
                    (double) took / quiet.get(quiet.size() / 2), (System.nanoTime() - attackStarted) / 1e9);
        }
        int open = 0;
        for (Socket socket : slow) {
            socket.setSoTimeout(60_000);
            try {
                while (socket.getInputStream().read(new byte[4096]) >= 0) {
                    // drain what the server answers until it closes
                }
            } catch (IOException closedOrTimedOut) {
                if (!socket.isClosed() && closedOrTimedOut instanceof java.net.SocketTimeoutException) {
                    open++;
                }
            }
            socket.close();
        }
        System.out.printf(Locale.ROOT, "slow connections all closed by the server %.1f s after the attack began "
                + "(%d still open after 60 s)%n", (System.nanoTime() - attackStarted) / 1e9, open);
    }

    private static long normalRequest(URI base) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(120)).build();
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/documents"))
                .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - started;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("normal request answered " + response.statusCode());
        }
        return took;
    }
}
