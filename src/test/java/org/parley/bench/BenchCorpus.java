package org.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The benchmark's texts: paragraphs of every version of every document in the shared corpus (Code civil,
 * Paris Agreement drafts, SDG goals/targets in EN/FR/ES and indicators, the CGLU note) and real comments
 * (Polis, Decide Madrid), multiplied with variation to the size asked for.
 */
final class BenchCorpus {

    record Text(long id, String type, String document, int version, String language, String organisation,
                String organisationKind, String commentKind, String disposition, String body) {
    }

    private record Base(String type, String document, int version, String language, String body) {
    }

    static final String[][] ORGANISATIONS = {
            {"UCLG Africa", "REGIONAL_SECTION"}, {"UCLG Asia-Pacific", "REGIONAL_SECTION"},
            {"CGLU Europe", "REGIONAL_SECTION"}, {"FLACMA", "REGIONAL_SECTION"}, {"UCLG MEWA", "REGIONAL_SECTION"},
            {"Commission on Migration", "COMMISSION"}, {"Commission on Social Inclusion", "COMMISSION"},
            {"Working group on Housing", "WORKING_GROUP"}, {"Ville de Lyon", "LOCAL_GOVERNMENT"},
            {"Ayuntamiento de Madrid", "LOCAL_GOVERNMENT"}, {"City of Amman", "LOCAL_GOVERNMENT"},
            {"Ville de Tunis", "LOCAL_GOVERNMENT"}, {"Câmara de Lisboa", "LOCAL_GOVERNMENT"},
            {"Cities Alliance", "PARTNER"}, {"World Secretariat", "SECRETARIAT"}};
    static final String[] COMMENT_KINDS = {"COMMENT", "QUESTION", "SUPPORT", "OBJECTION", "AMENDMENT"};
    static final String[] DISPOSITIONS = {"ACCEPTED", "PARTLY_ACCEPTED", "REJECTED", "NOTED"};

    private final List<Base> base = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    BenchCorpus(Path root) throws IOException {
        codeCivil(root.resolve("fr-code-civil-versions/normalised"));
        paris(root.resolve("unfccc-paris-agreement-drafts/normalised"));
        sdg(root.resolve("sdg-goals-targets-indicators-en-fr-es/normalised"));
        note(root.resolve("cglu-c2c-note/note-c2c-fr.txt"));
        polis(root.resolve("polis-opendata-comments/raw"));
        madrid(root.resolve("es-decide-madrid-proposals/normalised/proposals.jsonl"));
    }

    int baseSize() {
        return base.size();
    }

    List<String> baseBodies() {
        return base.stream().map(Base::body).toList();
    }

    /**
     * {@code size} texts: the corpus in order, then copies with variation (about one word in eight dropped,
     * sentences rotated) spread over more documents and versions, so that copies are not identical.
     */
    List<Text> texts(int size) {
        List<Text> texts = new ArrayList<>(size);
        Random random = new Random(42);
        for (int i = 0; i < size; i++) {
            Base b = base.get(i % base.size());
            int copy = i / base.size();
            String body = copy == 0 ? b.body() : vary(b.body(), random);
            boolean comment = b.type().equals("comment");
            String[] organisation = comment ? ORGANISATIONS[random.nextInt(ORGANISATIONS.length)] : null;
            texts.add(new Text(i + 1, b.type(), copy == 0 ? b.document() : b.document() + "-" + (copy % 40),
                    b.version() + copy / 40 % 3, b.language(), comment ? organisation[0] : null,
                    comment ? organisation[1] : null, comment ? COMMENT_KINDS[random.nextInt(5)] : null,
                    comment && random.nextInt(3) == 0 ? DISPOSITIONS[random.nextInt(4)] : null, body));
        }
        return texts;
    }

    private static String vary(String body, Random random) {
        String[] sentences = body.split("(?<=[.;!?])\\s+");
        StringBuilder out = new StringBuilder(body.length());
        int start = sentences.length > 1 ? random.nextInt(sentences.length) : 0;
        for (int s = 0; s < sentences.length; s++) {
            for (String word : sentences[(start + s) % sentences.length].split(" ")) {
                if (random.nextInt(8) != 0 || word.length() < 3) {
                    out.append(word).append(' ');
                }
            }
        }
        return out.toString().strip();
    }

    private void add(String type, String document, int version, String language, String body) {
        if (body != null && !body.isBlank() && body.length() >= 12) {
            base.add(new Base(type, document, version, language, body.strip()));
        }
    }

    private void codeCivil(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                String name = file.getFileName().toString();
                String document = "code-civil-" + name.substring(0, name.indexOf('_'));
                int version = name.contains("2011") || name.contains("2002") ? 1 : name.contains("2013") ? 2 : 3;
                for (String line : Files.readAllLines(file)) {
                    for (JsonNode alinea : json.readTree(line).path("alineas")) {
                        add("paragraph", document, version, "fr", alinea.asText());
                    }
                }
            }
        }
    }

    private void paris(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            int version = 0;
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                version++;
                for (String line : Files.readAllLines(file)) {
                    JsonNode node = json.readTree(line);
                    if ("paragraph".equals(node.path("kind").asText())) {
                        add("paragraph", "paris-agreement", version, "en", node.path("text").asText());
                    }
                }
            }
        }
    }

    private void sdg(Path dir) throws IOException {
        for (String line : Files.readAllLines(dir.resolve("goals_targets_parallel_en_fr_es.jsonl"))) {
            JsonNode node = json.readTree(line);
            for (String language : List.of("en", "fr", "es")) {
                add("paragraph", "sdg-goals-" + language, 1, language, node.path(language).asText());
            }
        }
        int version = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("indicators_en")).sorted()
                    .toList()) {
                version++;
                for (String line : Files.readAllLines(file)) {
                    add("paragraph", "sdg-indicators", version, "en", line.replaceFirst("^[0-9.a-z]+\\t", ""));
                }
            }
        }
    }

    private void note(Path file) throws IOException {
        for (String line : Files.readAllLines(file)) {
            add("paragraph", "cglu-c2c-note", 1, "fr", line);
        }
    }

    private void polis(Path dir) throws IOException {
        try (Stream<Path> conversations = Files.list(dir)) {
            for (Path conversation : conversations.filter(Files::isDirectory).sorted().toList()) {
                Path comments = conversation.resolve("comments.csv");
                if (!Files.exists(comments)) {
                    continue;
                }
                List<List<String>> rows = Csv.parse(Files.readString(comments, StandardCharsets.UTF_8));
                int body = rows.get(0).indexOf("comment-body");
                for (List<String> row : rows.subList(1, rows.size())) {
                    if (body >= 0 && body < row.size()) {
                        add("comment", "polis-" + conversation.getFileName(), 1, "en", row.get(body));
                    }
                }
            }
        }
    }

    private void madrid(Path file) throws IOException {
        for (String line : Files.readAllLines(file)) {
            JsonNode node = json.readTree(line);
            StringBuilder body = new StringBuilder(node.path("title").asText()).append(". ");
            node.path("paragraphs").forEach(p -> body.append(p.asText()).append(' '));
            add("comment", "decide-madrid", 1, "es", body.toString());
        }
    }

    /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else if (c != '\r') {
                    field.append(c);
                }
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
