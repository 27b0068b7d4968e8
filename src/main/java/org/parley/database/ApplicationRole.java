package org.parley.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The role Parley's pool connects to the embedded PostgreSQL as: the owner of Parley's tables and nothing more (no
 * superuser, no new roles or databases), so a flaw in Parley that let a statement through could still not read
 * the server's files, run programs ({@code COPY … TO PROGRAM}) or change other roles. Its random password is kept
 * beside the superuser's, readable only by Parley's user. At every start the superuser makes sure the role exists
 * with that password and owns the {@code public} schema and everything in it, which also moves over the tables a
 * data directory from before was given by the superuser.
 */
final class ApplicationRole {

    private static final Logger log = LoggerFactory.getLogger(ApplicationRole.class);
    static final String NAME = "parley";
    static final String PASSWORD_FILE = "parley-application-password";

    private ApplicationRole() {
    }

    /** Returns the role's password. */
    static String grant(Path dataDirectory, String jdbcUrl, String superuser, String superuserPassword)
            throws IOException {
        Path file = dataDirectory.resolve(PASSWORD_FILE);
        String password = Files.exists(file) ? Files.readString(file).trim() : EmbeddedDatabaseLockdown.newPassword();
        PrivateFiles.write(file, password + "\n");
        Properties login = new Properties();
        login.setProperty("user", superuser);
        login.setProperty("password", superuserPassword);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, login);
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + NAME + "') "
                    + "THEN CREATE ROLE " + NAME + "; END IF; END $$");
            // the password is base64url: no quote can end the literal
            statement.execute("ALTER ROLE " + NAME + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                    + "NOBYPASSRLS PASSWORD '" + password + "'");
            statement.execute("ALTER SCHEMA public OWNER TO " + NAME);
            int moved = 0;
            for (String alter : ownershipChanges(statement)) {
                statement.execute(alter);
                moved++;
            }
            connection.commit();
            if (moved > 0) {
                log.info("The embedded PostgreSQL's role {} now owns {} tables, sequences and views it did not own",
                        NAME, moved);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Preparing the embedded PostgreSQL's role " + NAME + " failed: "
                    + e.getMessage().replace(password, "********"), e);
        }
        return password;
    }

    /**
     * Tables and views of {@code public} the role does not own yet, then the sequences that belong to no column
     * (a table's own serial and identity sequences move with the table).
     */
    private static List<String> ownershipChanges(Statement statement) throws SQLException {
        List<String> alters = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("""
                SELECT c.relkind, quote_ident(c.relname)
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                  AND pg_get_userbyid(c.relowner) <> '%s'
                  AND NOT (c.relkind = 'S' AND EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                           AND d.objid = c.oid AND d.deptype IN ('a', 'i')))
                ORDER BY c.relkind = 'S', c.relname""".formatted(NAME))) {
            while (rs.next()) {
                String kind = switch (rs.getString(1)) {
                    case "v" -> "VIEW";
                    case "m" -> "MATERIALIZED VIEW";
                    case "S" -> "SEQUENCE";
                    default -> "TABLE";
                };
                alters.add("ALTER " + kind + " public." + rs.getString(2) + " OWNER TO " + NAME);
            }
        }
        return alters;
    }
}
