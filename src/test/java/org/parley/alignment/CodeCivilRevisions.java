package org.parley.alignment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Code civil versions of the corpus as alinéas with their article number: the article numbers are the
 * ground truth of which alinéa became which, and they are not part of the text the aligner sees.
 */
final class CodeCivilRevisions {

    record Alinea(String article, int index, String text) {
    }

    private CodeCivilRevisions() {
    }

    static List<Alinea> load(String file) {
        String path = "/corpus/fr-code-civil-versions/" + file;
        try (InputStream in = CodeCivilRevisions.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + path);
            }
            ObjectMapper json = new ObjectMapper();
            List<Alinea> alineas = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode article = json.readTree(line);
                int index = 0;
                for (JsonNode alinea : article.get("alineas")) {
                    alineas.add(new Alinea(article.get("article").asText(), index++, alinea.asText()));
                }
            }
            return alineas;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> texts(List<Alinea> alineas) {
        return alineas.stream().map(Alinea::text).toList();
    }
}
