package org.parley.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class PrivateDataFilesTest {

    @TempDir
    Path data;

    @Test
    void index_and_log_under_the_data_directory_become_readable_by_parleys_user_only() throws Exception {
        Path segment = Files.createDirectories(data.resolve("index/sub")).resolve("_0.cfs");
        Files.writeString(segment, "x");
        Path logFile = Files.createDirectories(data.resolve("logs")).resolve("parley.json");
        Files.writeString(logFile, "{}");
        for (Path path : new Path[]{data.resolve("index"), data.resolve("index/sub"), data.resolve("logs")}) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.setPosixFilePermissions(segment, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(logFile, PosixFilePermissions.fromString("rw-r--r--"));

        new PrivateDataFiles(data.toString(), data.resolve("index").toString(), logFile.toString()).narrow();

        assertThat(Files.getPosixFilePermissions(data.resolve("index"))).isEqualTo(PrivateFiles.DIRECTORY);
        assertThat(Files.getPosixFilePermissions(data.resolve("index/sub"))).isEqualTo(PrivateFiles.DIRECTORY);
        assertThat(Files.getPosixFilePermissions(segment)).isEqualTo(PrivateFiles.FILE);
        assertThat(Files.getPosixFilePermissions(data.resolve("logs"))).isEqualTo(PrivateFiles.DIRECTORY);
        assertThat(Files.getPosixFilePermissions(logFile)).isEqualTo(PrivateFiles.FILE);
    }

    @Test
    void a_log_outside_the_data_directory_is_narrowed_but_not_its_directory() throws Exception {
        Path elsewhere = Files.createDirectories(data.resolve("var-log"));
        Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path logFile = Files.writeString(elsewhere.resolve("parley.json"), "{}");
        Files.setPosixFilePermissions(logFile, PosixFilePermissions.fromString("rw-r--r--"));

        new PrivateDataFiles(data.resolve("parley-data").toString(), "memory", logFile.toString()).narrow();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(elsewhere))).isEqualTo("rwxr-xr-x");
        assertThat(Files.getPosixFilePermissions(logFile)).isEqualTo(PrivateFiles.FILE);
    }
}
