package org.parley.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The embedded PostgreSQL, locked down: its binaries and socket in a private directory (not the shared temporary
 * directory zonky uses by default), a password for every connection ({@link EmbeddedDatabaseLockdown}), loopback
 * only, and Parley connecting as a role that owns its tables but is no superuser ({@link ApplicationRole}). It can be started again after its postmaster died ({@link #restart()}), on the same port and password, so
 * the pool in front of it reconnects by itself.
 */
final class EmbeddedDatabaseServer implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);
    static final String SUPPORTED_MAJOR_VERSION = "17";
    static final String SUPERUSER = "postgres";
    /** The longest socket path PostgreSQL accepts is 107 bytes; leave room for "/.s.PGSQL.65535". */
    private static final int MAX_SOCKET_DIRECTORY_LENGTH = 90;

    private final Path dataDirectory;
    private final Path runtimeDirectory;
    private final int port;
    private final RecordingBinaryResolver binaries = new RecordingBinaryResolver();
    private final EmbeddedDatabaseLockdown lockdown;
    private volatile EmbeddedPostgres postgres;
    private volatile String applicationPassword;

    EmbeddedDatabaseServer(Path dataDirectory, Path runtimeDirectory, int port) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.runtimeDirectory = runtimeDirectory.toAbsolutePath().normalize();
        this.port = port;
        this.lockdown = new EmbeddedDatabaseLockdown(this.dataDirectory, this::postgresCommand);
    }

    synchronized EmbeddedDatabaseServer start() throws IOException {
        Files.createDirectories(dataDirectory);
        refuseOtherMajorVersion(dataDirectory);
        StalePostmaster.stopIfRunning(dataDirectory);
        PrivateFiles.directory(runtimeDirectory);
        PrivateFiles.directory(socketDirectory());
        String password = lockdown.passwordForStart();
        log.info("Starting embedded PostgreSQL with data in {}", dataDirectory);
        postgres = builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPgBinaryResolver(binaries)
                .setOverrideWorkingDirectory(binariesDirectory().toFile())
                .setDataDirectoryCustomizer(directory -> {
                    // zonky makes its working directory writable by all (for a shared /tmp); ours stays private
                    narrowQuietly(binariesDirectory());
                    lockdown.apply();
                })
                .setConnectConfig("password", password)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", socketDirectorySetting())
                .setServerConfig("unix_socket_permissions", "0700")
                .setServerConfig("password_encryption", "scram-sha-256")
                // zonky turns durability off by default; this directory holds real data
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        applicationPassword = ApplicationRole.grant(dataDirectory, jdbcUrl(), SUPERUSER, password);
        return this;
    }

    /** After the postmaster died: release what is left of the old server and start a new one on the same data. */
    synchronized void restart() throws IOException {
        closeQuietly();
        start();
    }

    Optional<Long> postmasterPid() {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** The role Parley's pool connects as ({@link ApplicationRole}), not the superuser. */
    String username() {
        return ApplicationRole.NAME;
    }

    String password() {
        return applicationPassword;
    }

    String superuserPassword() {
        return lockdown.password();
    }

    int port() {
        return port;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    Path runtimeDirectory() {
        return runtimeDirectory;
    }

    /** zonky's working directory, one level down so the 0700 runtime directory shields it while zonky widens it. */
    Path binariesDirectory() {
        return runtimeDirectory.resolve("binaries");
    }

    Path socketDirectory() {
        return runtimeDirectory.resolve("socket");
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("Stopping the embedded PostgreSQL failed", e);
            }
            postgres = null;
        }
    }

    private static void narrowQuietly(Path directory) {
        try {
            PrivateFiles.directory(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String socketDirectorySetting() {
        String path = socketDirectory().toString();
        if (path.length() > MAX_SOCKET_DIRECTORY_LENGTH || path.matches(".*[\\s'\"\\\\].*")) {
            log.warn("The socket directory {} is too long or has spaces or quotes; the embedded PostgreSQL listens "
                    + "on 127.0.0.1 only, without a Unix socket", path);
            return "''";
        }
        return path;
    }

    /** zonky reads its working directory (where it may clean up) from a system property when the builder is made. */
    private EmbeddedPostgres.Builder builder() {
        synchronized (System.class) {
            String before = System.getProperty("ot.epg.working-dir");
            System.setProperty("ot.epg.working-dir", binariesDirectory().toString());
            try {
                return EmbeddedPostgres.builder();
            } finally {
                if (before == null) {
                    System.clearProperty("ot.epg.working-dir");
                } else {
                    System.setProperty("ot.epg.working-dir", before);
                }
            }
        }
    }

    /** The postgres binary zonky unpacked for this server, with zonky's way of running it as root. */
    private List<String> postgresCommand() {
        Path postgresBinary = binariesDirectory().resolve("PG-" + binaries.digest()).resolve("bin/postgres");
        return io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable()
                ? List.of("unshare", "-U", postgresBinary.toString())
                : List.of(postgresBinary.toString());
    }

    private static void refuseOtherMajorVersion(Path dataDirectory) throws IOException {
        Path versionFile = dataDirectory.resolve("PG_VERSION");
        if (Files.exists(versionFile)) {
            String found = Files.readString(versionFile).trim();
            if (!found.equals(SUPPORTED_MAJOR_VERSION)) {
                throw new IllegalStateException("The data in " + dataDirectory + " was written by PostgreSQL "
                        + found + ", but Parley's embedded database is PostgreSQL " + SUPPORTED_MAJOR_VERSION
                        + ". Move that directory away (or dump and restore it) and start again.");
            }
        }
    }

    /**
     * zonky unpacks the binaries into {@code PG-<md5 of the archive>}; this records the digest so Parley can run the
     * same {@code postgres} in single-user mode. One instance per server: zonky caches the unpacked directory per
     * resolver, and a cached one may lie elsewhere.
     */
    private static final class RecordingBinaryResolver implements PgBinaryResolver {
        private volatile String digest;

        @Override
        public InputStream getPgBinary(String system, String machineHardware) throws IOException {
            byte[] archive;
            try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
                archive = in.readAllBytes();
            }
            try {
                digest = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(archive));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            return new ByteArrayInputStream(archive);
        }

        String digest() {
            if (digest == null) {
                throw new IllegalStateException("the PostgreSQL binaries are not unpacked yet");
            }
            return digest;
        }
    }
}
