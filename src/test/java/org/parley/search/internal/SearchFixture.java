package org.parley.search.internal;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.parley.search.IndexedComment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A small corpus in English, French, Spanish and Arabic, indexed in memory. Paragraph ids are p1xx (public
 * English paper, version 1 open, version 2 draft), p2xx (members-only French note), p3xx (public Spanish
 * proposals), p5xx (public Arabic); comments are c4xx.
 */
final class SearchFixture {

    private SearchFixture() {
    }

    static SearchIndex index() {
        SearchIndex index = new SearchIndex(new ByteBuffersDirectory());
        LuceneDocuments docs = new LuceneDocuments();
        Doc paper = new Doc(1, "migrants-paper", "The role of cities in the inclusion of migrants", "PUBLIC");
        Doc note = new Doc(2, "note-c2c", "Profils migratoires et dialogue ville-à-ville", "MEMBERS");
        Doc madrid = new Doc(3, "propuestas-madrid", "Propuestas ciudadanas", "PUBLIC");
        Doc arabic = new Doc(5, "cities-ar", "دور المدن", "PUBLIC");
        add(index, docs, paper, 11, 1, "OPEN_FOR_COMMENTS", "en", 2024, 101, "1", "Housing",
                "Cities provide affordable housing to newly arrived migrants and refugees.");
        add(index, docs, paper, 11, 1, "OPEN_FOR_COMMENTS", "en", 2024, 102, "2", "Governance",
                "Local governments coordinate integration policies with national authorities.");
        add(index, docs, paper, 11, 1, "OPEN_FOR_COMMENTS", "en", 2024, 103, "3", "Africa",
                "The Africa section stresses access to public services, including health and education.");
        add(index, docs, paper, 11, 1, "OPEN_FOR_COMMENTS", "en", 2024, 104, "4", "Africa",
                "Housing markets in African cities are under pressure from rapid urbanisation <script>x</script>.");
        add(index, docs, paper, 12, 2, "DRAFT", "en", 2025, 105, "1", "Housing",
                "Cities commit to provide decent housing for all migrants, regardless of status.");
        add(index, docs, note, 21, 1, "PUBLISHED", "fr", 2023, 201, "I.1", "Intégration",
                "L'intégration des migrants passe par l'accès au logement et à l'emploi.");
        add(index, docs, note, 21, 1, "PUBLISHED", "fr", 2023, 202, "I.2", "Réseau",
                "Le réseau des villes méditerranéennes partage ses expériences de dialogue.");
        add(index, docs, note, 21, 1, "PUBLISHED", "fr", 2023, 203, "II.1", "Logement",
                "Les politiques de logement social doivent inclure les personnes migrantes.");
        add(index, docs, note, 21, 1, "PUBLISHED", "fr", 2023, 204, "II.2", "Formation",
                "Les collectivités locales financent des programmes de formation professionnelle.");
        add(index, docs, madrid, 31, 1, "OPEN_FOR_COMMENTS", "es", 2025, 301, "1", null,
                "La integración de las personas migrantes requiere viviendas asequibles.");
        add(index, docs, madrid, 31, 1, "OPEN_FOR_COMMENTS", "es", 2025, 302, "2", null,
                "Las ciudades de la red comparten buenas prácticas de inclusión.");
        add(index, docs, madrid, 31, 1, "OPEN_FOR_COMMENTS", "es", 2025, 303, "3", null,
                "Proponemos más viviendas públicas en los barrios del sur de Madrid.");
        add(index, docs, arabic, 51, 1, "PUBLISHED", "ar", 2022, 501, "1", null,
                "تلعب المدن دورا مهما في إدماج المهاجرين");
        index.add(docs.comment(comment(401, paper, 101, "1", "SUPPORT", "UCLG Africa", "REGIONAL_SECTION",
                "ACCEPTED", "en", "We support affordable housing for refugees in African cities.")));
        index.add(docs.comment(comment(402, paper, 101, "1", "AMENDMENT", "Ville de Lyon", "LOCAL_GOVERNMENT",
                null, "fr", "Nous demandons davantage de logements pour les migrants.")));
        index.commit("1");
        return index;
    }

    private record Doc(long id, String slug, String title, String visibility) {
    }

    private static void add(SearchIndex index, LuceneDocuments docs, Doc doc, long versionId, int version,
                            String status, String language, int year, long id, String number, String heading,
                            String text) {
        OffsetDateTime date = OffsetDateTime.of(year, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        index.add(docs.paragraph(new IndexedParagraph(id, doc.id(), doc.slug(), doc.title(), doc.visibility(),
                versionId, version, status, language, date, number, (int) (id % 100), UUID.randomUUID(), heading,
                text)));
    }

    private static IndexedComment comment(long id, Doc doc, long paragraphId, String number, String kind,
                                          String organisation, String organisationKind, String disposition,
                                          String language, String text) {
        return new IndexedComment(id, doc.id(), doc.slug(), doc.title(), doc.visibility(), 11, 1,
                "OPEN_FOR_COMMENTS", paragraphId, number, UUID.randomUUID(), kind, organisation, organisationKind,
                "Author " + id, "PUBLISHED", disposition, language, text,
                OffsetDateTime.of(2024, 6, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    }
}
