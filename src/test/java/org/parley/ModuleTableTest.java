package org.parley;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's module table names exactly the feature packages there are, so a newcomer's map stays true. */
class ModuleTableTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+)`");

    @Test
    void readme_module_table_lists_every_feature_package_and_no_other() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Modules"), readme.indexOf("### Data model"));
        Set<String> listed = new TreeSet<>();
        for (String line : section.split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                listed.add(m.group(1));
            }
        }
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(Path.of("src/main/java/org/parley"))) {
            dirs.filter(Files::isDirectory).forEach(d -> packages.add(d.getFileName().toString()));
        }
        assertThat(listed).isEqualTo(packages);
    }
}
