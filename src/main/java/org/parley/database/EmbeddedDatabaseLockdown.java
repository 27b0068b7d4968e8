package org.parley.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Closes the doors zonky leaves open: its initdb trusts every local connection as superuser with no password.
 * Before each start this makes sure the superuser has a random password (kept in the data directory, 0600),
 * {@code pg_hba.conf} asks for it (SCRAM) on the socket and on 127.0.0.1 and accepts nothing else, and the data
 * directory is 0700 with 0600 files. A data directory from before (trust, no password) is migrated the same way:
 * the password is set in single-user mode, which needs no login.
 */
final class EmbeddedDatabaseLockdown {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseLockdown.class);
    static final String PASSWORD_FILE = "parley-superuser-password";
    static final String HBA_MARKER = "# Parley: every connection gives the password (SCRAM), from this machine only";
    private static final String HBA = HBA_MARKER + "\n"
            + "# TYPE  DATABASE  USER  ADDRESS         METHOD\n"
            + "local   all       all                   scram-sha-256\n"
            + "host    all       all   127.0.0.1/32    scram-sha-256\n";

    private final Path dataDirectory;
    private final Supplier<List<String>> postgresCommand;
    private volatile String password;
    private volatile boolean existedBeforeStart;

    EmbeddedDatabaseLockdown(Path dataDirectory, Supplier<List<String>> postgresCommand) {
        this.dataDirectory = dataDirectory;
        this.postgresCommand = postgresCommand;
    }

    /** The password zonky connects with to see the server up: the stored one, or a new one that apply() will set. */
    String passwordForStart() throws IOException {
        Path file = dataDirectory.resolve(PASSWORD_FILE);
        existedBeforeStart = Files.exists(dataDirectory.resolve("PG_VERSION"));
        password = Files.exists(file) ? Files.readString(file).trim() : newPassword();
        return password;
    }

    String password() {
        return password;
    }

    /** Runs after initdb (on a new directory) and before the postmaster starts. */
    void apply() {
        try {
            PrivateFiles.tree(dataDirectory);
            Path passwordFile = dataDirectory.resolve(PASSWORD_FILE);
            boolean locked = Files.exists(passwordFile) && isOurs(dataDirectory.resolve("pg_hba.conf"));
            if (locked) {
                return;
            }
            boolean migrating = existedBeforeStart && !Files.exists(passwordFile)
                    && Files.readString(dataDirectory.resolve("pg_hba.conf")).contains("trust");
            setSuperuserPassword();
            PrivateFiles.write(passwordFile, password + "\n");
            PrivateFiles.write(dataDirectory.resolve("pg_hba.conf"), HBA);
            if (migrating) {
                log.warn("The embedded PostgreSQL in {} trusted local connections without a password; it now asks "
                        + "for a random password (SCRAM), kept in {}", dataDirectory, passwordFile);
            } else {
                log.info("The embedded PostgreSQL in {} asks for a password (SCRAM), kept in {}", dataDirectory,
                        passwordFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isOurs(Path hba) throws IOException {
        return Files.exists(hba) && Files.readString(hba).startsWith(HBA_MARKER);
    }

    /** Single-user mode opens the data directory without any login, so this works whatever pg_hba says. */
    private void setSuperuserPassword() throws IOException {
        List<String> command = new ArrayList<>(postgresCommand.get());
        command.addAll(List.of("--single", "-D", dataDirectory.toString(), "-c", "password_encryption=scram-sha-256",
                "-c", "log_statement=none", "postgres"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var stdin = process.getOutputStream()) {
            // the password is base64url: no quote can end the literal
            stdin.write(("ALTER ROLE " + EmbeddedDatabaseServer.SUPERUSER + " WITH PASSWORD '" + password + "'\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Setting the embedded PostgreSQL's password did not finish in 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while setting the embedded PostgreSQL's password", e);
        }
        if (process.exitValue() != 0 || output.contains("ERROR")) {
            throw new IllegalStateException("Setting the embedded PostgreSQL's password failed: "
                    + output.replace(password, "********"));
        }
    }

    static String newPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
