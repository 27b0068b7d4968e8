package org.parley.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedDatabaseLockdownTest {

    @TempDir
    static Path work;

    EmbeddedDatabaseServer server;

    @BeforeAll
    void startOnNewDirectory() throws IOException {
        server = new EmbeddedDatabaseServer(work.resolve("data/postgres"), work.resolve("data/postgres-runtime"),
                EmbeddedTestDirectories.freePort()).start();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void the_superuser_over_tcp_is_asked_for_a_password_instead_of_trusted() throws IOException {
        assertThat(PostgresStartup.overTcp(server.port(), "postgres")).isEqualTo(PostgresStartup.ASKED_FOR_SCRAM);
    }

    @Test
    void the_superuser_over_the_socket_is_asked_for_a_password_instead_of_trusted() throws IOException {
        assertThat(PostgresStartup.overSocket(server.socketDirectory(), server.port(), "postgres"))
                .isEqualTo(PostgresStartup.ASKED_FOR_SCRAM);
    }

    @Test
    void a_wrong_or_missing_password_is_refused_and_the_stored_one_works() throws SQLException {
        assertThatThrownBy(() -> connect(server, "not-the-password")).isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        assertThatThrownBy(() -> connect(server, null)).isInstanceOf(SQLException.class);
        try (Connection connection = connect(server, server.superuserPassword())) {
            assertThat(connection.isValid(2)).isTrue();
        }
    }

    @Test
    void parley_connects_as_a_role_that_owns_its_tables_but_cannot_reach_the_server_or_other_roles()
            throws SQLException, IOException {
        try (Connection connection = connectAs(server, server.username(), server.password());
             Statement statement = connection.createStatement()) {
            assertThat(server.username()).isNotEqualTo("postgres");
            try (ResultSet rs = statement.executeQuery(
                    "SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user")) {
                rs.next();
                assertThat(List.of(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3))).containsOnly(false);
            }
            statement.execute("CREATE TABLE owned_by_parley (word text)");
            statement.execute("INSERT INTO owned_by_parley VALUES ('mine')");
            assertThatThrownBy(() -> statement.execute("COPY owned_by_parley TO PROGRAM 'id'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.executeQuery("SELECT pg_read_file('PG_VERSION')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("ALTER ROLE postgres PASSWORD 'taken'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            statement.execute("DROP TABLE owned_by_parley");
        }
        Path passwordFile = server.dataDirectory().resolve(ApplicationRole.PASSWORD_FILE);
        assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PrivateFiles.FILE);
        assertThat(server.password()).isNotEqualTo(server.superuserPassword()).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void pg_hba_trusts_no_one_and_listens_on_loopback_only() throws Exception {
        String hba = Files.readString(server.dataDirectory().resolve("pg_hba.conf"));
        assertThat(hba).doesNotContain("trust").doesNotContain("0.0.0.0").contains("127.0.0.1/32    scram-sha-256");
        try (Connection connection = connect(server, server.superuserPassword()); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT current_setting('listen_addresses')")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void the_password_file_and_the_data_are_readable_by_parleys_user_only() throws IOException {
        Path passwordFile = server.dataDirectory().resolve(EmbeddedDatabaseLockdown.PASSWORD_FILE);
        assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PrivateFiles.FILE);
        assertThat(Files.readString(passwordFile).trim()).isEqualTo(server.superuserPassword()).hasSizeGreaterThanOrEqualTo(32);
        try (Stream<Path> all = Files.walk(server.dataDirectory())) {
            for (Path path : all.filter(p -> !Files.isSymbolicLink(p)).toList()) {
                assertThat(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS)).as(path.toString())
                        .isEqualTo(Files.isDirectory(path) ? PrivateFiles.DIRECTORY : PrivateFiles.FILE);
            }
        }
    }

    @Test
    void binaries_and_socket_are_in_a_private_directory_under_the_data_directory() throws IOException {
        Path runtime = server.runtimeDirectory();
        assertThat(Files.getPosixFilePermissions(runtime)).isEqualTo(PrivateFiles.DIRECTORY);
        assertThat(Files.getPosixFilePermissions(server.socketDirectory())).isEqualTo(PrivateFiles.DIRECTORY);
        assertThat(Files.getPosixFilePermissions(server.binariesDirectory())).isEqualTo(PrivateFiles.DIRECTORY);
        assertThat(server.socketDirectory().resolve(".s.PGSQL." + server.port())).exists();
        long postmaster = server.postmasterPid().orElseThrow();
        String executable = Files.readSymbolicLink(Path.of("/proc/" + postmaster + "/exe")).toString();
        assertThat(executable).startsWith(runtime.toString());
    }

    @Test
    void a_data_directory_made_without_a_password_is_migrated_and_keeps_its_data() throws Exception {
        Path old = work.resolve("old/postgres");
        int port = EmbeddedTestDirectories.freePort();
        try (EmbeddedPostgres trusting = EmbeddedPostgres.builder().setDataDirectory(old)
                .setCleanDataDirectory(false).setPort(port).start();
             Connection connection = trusting.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (word text); INSERT INTO kept VALUES ('still here')");
        }
        assertThat(Files.readString(old.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedDatabaseServer migrated = new EmbeddedDatabaseServer(old, work.resolve("old/postgres-runtime"),
                port).start()) {
            assertThat(PostgresStartup.overTcp(port, "postgres")).isEqualTo(PostgresStartup.ASKED_FOR_SCRAM);
            assertThat(Files.readString(old.resolve("pg_hba.conf"))).doesNotContain("trust");
            assertThat(Files.getPosixFilePermissions(old.resolve(EmbeddedDatabaseLockdown.PASSWORD_FILE)))
                    .isEqualTo(PrivateFiles.FILE);
            // the superuser's table of before now belongs to Parley's role, which reads and writes it
            try (Connection connection = connectAs(migrated, migrated.username(), migrated.password());
                 Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO kept VALUES ('written by parley')");
                try (ResultSet rs = statement.executeQuery("SELECT string_agg(word, ', ' ORDER BY word), "
                        + "(SELECT tableowner FROM pg_tables WHERE tablename = 'kept') FROM kept")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("still here, written by parley");
                    assertThat(rs.getString(2)).isEqualTo(ApplicationRole.NAME);
                }
            }
        }
    }

    @Test
    void a_second_start_keeps_the_password() throws IOException, SQLException {
        Path data = work.resolve("again/postgres");
        int port = EmbeddedTestDirectories.freePort();
        String first;
        try (EmbeddedDatabaseServer once = new EmbeddedDatabaseServer(data, work.resolve("again/run"), port).start()) {
            first = once.superuserPassword();
        }
        try (EmbeddedDatabaseServer twice = new EmbeddedDatabaseServer(data, work.resolve("again/run"), port).start();
             Connection connection = connect(twice, first)) {
            assertThat(twice.superuserPassword()).isEqualTo(first);
            assertThat(connection.isValid(2)).isTrue();
        }
    }

    private static Connection connect(EmbeddedDatabaseServer server, String password) throws SQLException {
        return connectAs(server, "postgres", password);
    }

    private static Connection connectAs(EmbeddedDatabaseServer server, String user, String password)
            throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(server.jdbcUrl(), properties);
    }
}
