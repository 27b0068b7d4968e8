package org.parley.database;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The first step of PostgreSQL's wire protocol, by hand: send a startup message as a user and read what the
 * server asks for. pgjdbc cannot speak over a Unix socket, and it hides the server's answer behind its own.
 */
final class PostgresStartup {

    /** AuthenticationOk: the server let the user in without asking anything (trust). */
    static final String LET_IN = "let in without a password";
    static final String ASKED_FOR_SCRAM = "asked for a SCRAM password";

    private PostgresStartup() {
    }

    static String overTcp(int port, String user) throws IOException {
        return answer(SocketChannel.open(StandardProtocolFamily.INET), new InetSocketAddress("127.0.0.1", port), user);
    }

    static String overSocket(Path socketDirectory, int port, String user) throws IOException {
        return answer(SocketChannel.open(StandardProtocolFamily.UNIX),
                UnixDomainSocketAddress.of(socketDirectory.resolve(".s.PGSQL." + port)), user);
    }

    private static String answer(SocketChannel channel, SocketAddress address, String user) throws IOException {
        try (channel) {
            channel.connect(address);
            ByteArrayOutputStream parameters = new ByteArrayOutputStream();
            for (String part : new String[]{"user", user, "database", "postgres"}) {
                parameters.write(part.getBytes(StandardCharsets.UTF_8));
                parameters.write(0);
            }
            parameters.write(0);
            ByteBuffer startup = ByteBuffer.allocate(8 + parameters.size());
            startup.putInt(8 + parameters.size()).putInt(196608).put(parameters.toByteArray()).flip();
            while (startup.hasRemaining()) {
                channel.write(startup);
            }
            ByteBuffer header = ByteBuffer.allocate(5);
            while (header.hasRemaining() && channel.read(header) >= 0) {
                // read the message type and length
            }
            header.flip();
            char type = (char) header.get();
            ByteBuffer body = ByteBuffer.allocate(header.getInt() - 4);
            while (body.hasRemaining() && channel.read(body) >= 0) {
                // read the whole message
            }
            body.flip();
            if (type == 'R') {
                int request = body.getInt();
                return switch (request) {
                    case 0 -> LET_IN;
                    case 10 -> ASKED_FOR_SCRAM;
                    default -> "asked for authentication " + request;
                };
            }
            return "refused: " + new String(body.array(), StandardCharsets.UTF_8).replace('\0', ' ').trim();
        }
    }
}
