import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Generates Parley's jOOQ classes from the real schema, run by the build in generate-sources:
 * a throw-away embedded PostgreSQL, the Liquibase changelogs from db/, then jOOQ's generator.
 * H2-based simulation (jOOQ's LiquibaseDatabase) gets jsonb, uuid and timestamptz wrong, hence a real server.
 *
 * Arguments: changelog directory, output directory, work directory, this source file.
 */
public class JooqCodegen {

    public static void main(String[] args) throws Exception {
        Path changelogDir = Path.of(args[0]);
        Path outputDir = Path.of(args[1]);
        Path workDir = Path.of(args[2]);
        String fingerprint = fingerprint(changelogDir, Path.of(args[3]));
        Path stamp = outputDir.resolve(".schema-fingerprint");
        if (Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)) {
            System.out.println("[jooq-codegen] schema unchanged, generated classes are up to date");
            return;
        }
        Files.createDirectories(workDir);
        Path dataDir = Files.createTempDirectory(workDir, "pg");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir).start();
             Connection connection = postgres.getPostgresDatabase().getConnection()) {
            migrate(connection, changelogDir);
            generate(postgres.getJdbcUrl("postgres", "postgres"), outputDir);
        } finally {
            deleteRecursively(dataDir);
        }
        Files.writeString(stamp, fingerprint);
        System.out.println("[jooq-codegen] generated jOOQ classes into " + outputDir);
    }

    private static void migrate(Connection connection, Path changelogDir) throws Exception {
        var database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        try (var accessor = new DirectoryResourceAccessor(changelogDir.getParent())) {
            new Liquibase("db/changelog/master.xml", accessor, database).update("");
        }
    }

    private static void generate(String jdbcUrl, Path outputDir) throws Exception {
        GenerationTool.generate(new Configuration()
                .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(jdbcUrl)
                        .withUser("postgres").withPassword("postgres"))
                .withGenerator(new Generator()
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema("public")
                                .withExcludes("databasechangelog|databasechangeloglock"))
                        .withGenerate(new Generate().withJavaTimeTypes(true).withRecords(true)
                                .withPojos(false).withDaos(false).withFluentSetters(true))
                        .withTarget(new Target().withPackageName("org.parley.jooq")
                                .withDirectory(outputDir.toString()).withClean(true))));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return; // the embedded server removes its own data directory on close
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Changelogs plus this generator itself: a change to either regenerates. */
    private static String fingerprint(Path changelogDir, Path generatorSource) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.walk(changelogDir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(changelogDir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
        }
        if (Files.isRegularFile(generatorSource)) {
            digest.update(Files.readAllBytes(generatorSource));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
