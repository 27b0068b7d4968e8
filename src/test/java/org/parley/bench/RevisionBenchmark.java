package org.parley.bench;

import java.nio.charset.StandardCharsets;
import org.jooq.DSLContext;
import org.parley.Application;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.ParagraphTextHtml;
import org.parley.document.VersionStatus;
import org.parley.document.Visibility;
import org.parley.document.importing.ParsedDocument;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.Person;
import org.parley.comparison.Comparison;
import org.parley.comparison.ComparisonService;
import org.parley.disposition.DispositionService;
import org.parley.alignment.ParagraphAligner;
import org.parley.drafting.RevisionProposal;
import org.parley.drafting.RevisionService;
import org.parley.security.GlobalRole;
import org.parley.testsupport.TestData;
import org.parley.testsupport.TestDatabaseInitializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Figures of issue 4, on the test PostgreSQL (embedded or Testcontainers): (1) ParagraphAligner on the Code civil
 * Livre Ier 2011 vs 2015 as parsed from Markdown (the texts the import aligns), (2) ComparisonService.compare of
 * those two versions stored as versions 1 and 2 of one document, (3) DispositionService.publish of a draft whose
 * round has 1,000 comments, all answered (a fresh document per run, since a version is published once).
 * Not run by the build; see bench/README.md. Arguments: iterations for (1) and (2) (default 20), publishes (10).
 */
public final class RevisionBenchmark {

    private static final String CORPUS = "/corpus/fr-code-civil-versions/";

    public static void main(String[] args) throws IOException {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int publishes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .initializers(new TestDatabaseInitializer())
                .run("--server.port=0", "--logging.level.root=WARN")) {
            TestData data = context.getBean(TestData.class);
            DocumentService documents = context.getBean(DocumentService.class);
            data.reset();
            data.signIn(data.person(GlobalRole.EDITOR));
            byte[] before = resource("livre1-personnes_2011-05-19.md");
            byte[] after = resource("livre1-personnes_2015-03-31.md");

            List<String> olds = plainTexts(documents.parse("before.md", before));
            List<String> news = plainTexts(documents.parse("after.md", after));
            System.out.printf("alignment, %d -> %d paragraphs: %s%n", olds.size(), news.size(),
                    time(iterations, 3, () -> ParagraphAligner.align(olds, news)));

            Comparison comparison = comparedVersions(context, data, before, after);
            ComparisonService comparisons = context.getBean(ComparisonService.class);
            System.out.printf("comparison of versions 1 and 2, %d rows: %s%n", comparison.rows().size(),
                    time(iterations, 3, () -> comparisons.compare("civil", 1, 2)));

            System.out.printf("publish with 1,000 answered comments: %s%n", publishTimes(context, data, publishes));
            data.signOut();
            data.reset();
        }
    }

    private static Comparison comparedVersions(ConfigurableApplicationContext context, TestData data,
                                               byte[] before, byte[] after) {
        DocumentVersion first = data.openDocument("civil", Visibility.PUBLIC,
                new String(before, StandardCharsets.UTF_8)).latest();
        data.schedule(first, VersionStatus.CLOSED, null, null);
        RevisionService revisions = context.getBean(RevisionService.class);
        RevisionProposal proposal = revisions.proposeRevision("civil", "after.md", after);
        revisions.acceptProposal(proposal.importId(), List.of());
        return context.getBean(ComparisonService.class).compare("civil", 1, 2);
    }

    /** Each run: a 158-paragraph document, 1,000 comments spread over it, all answered, a copied draft. */
    private static String publishTimes(ConfigurableApplicationContext context, TestData data, int runs)
            throws IOException {
        DSLContext dsl = context.getBean(DSLContext.class);
        RevisionService revisions = context.getBean(RevisionService.class);
        DispositionService dispositions = context.getBean(DispositionService.class);
        String markdown = new String(resource("livre1-titre5-mariage_2015-03-31.md"),
                StandardCharsets.UTF_8);
        Person author = data.person(GlobalRole.CONTRIBUTOR);
        long organisation = data.organisation(OrganisationKind.REGIONAL_SECTION).id();
        long editor = data.person(GlobalRole.EDITOR).id();
        List<Double> millis = new ArrayList<>();
        int warmUp = 2;
        for (int run = 0; run < runs + warmUp; run++) {
            String slug = "publish-" + run;
            DocumentVersion round = data.openDocument(slug, Visibility.PUBLIC, markdown).latest();
            insertAnsweredComments(dsl, round.id(), author.id(), organisation, editor, 1_000);
            data.schedule(round, VersionStatus.CLOSED, null, null);
            DocumentVersion draft = revisions.startNextDraft(slug).version();
            if (dispositions.round(round.id()).stream().filter(i -> i.answered()).count() != 1_000) {
                throw new IllegalStateException("round is not 1,000 answered comments");
            }
            dsl.execute("analyze comment; analyze disposition");
            long start = System.nanoTime();
            dispositions.publish(draft.id(), "Milestone " + run, null, null, null);
            if (run >= warmUp) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return summary(millis);
    }

    private static void insertAnsweredComments(DSLContext dsl, long versionId, long authorId, long organisationId,
                                               long editorId, int count) {
        dsl.execute("""
                insert into comment (version_id, paragraph_id, lineage_id, kind, body, language, author_id,
                                     organisation_id, status, published_at)
                select p.version_id, p.id, p.lineage_id, (array['COMMENT', 'QUESTION', 'SUPPORT', 'OBJECTION'])[1 + n % 4],
                       'Comment number ' || n, 'en', ?, case when n % 3 = 0 then ?::bigint end, 'PUBLISHED', now()
                from generate_series(0, ? - 1) n
                join (select id, version_id, lineage_id, row_number() over (order by ordinal) - 1 as k,
                             count(*) over () as total
                      from paragraph where version_id = ?) p on p.k = n % p.total""",
                authorId, organisationId, count, versionId);
        dsl.execute("""
                insert into disposition (comment_id, kind, reason, decided_by)
                select id, (array['ACCEPTED', 'PARTLY_ACCEPTED', 'DECLINED', 'NOTED', 'OUT_OF_SCOPE'])[1 + id % 5],
                       'Reason ' || id, ? from comment where version_id = ?""", editorId, versionId);
    }

    /**
     * Wall time, and the CPU time of this thread: on a busy machine the wall time mostly measures waiting for a
     * core, while the CPU time of single-threaded work (the aligner) is close to its wall time on an idle one.
     */
    private static String time(int iterations, int warmUp, Supplier<?> work) {
        for (int i = 0; i < warmUp; i++) {
            work.get();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> millis = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - start) / 1e6);
            cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
        }
        return summary(millis) + "; CPU time of the thread: " + summary(cpu);
    }

    private static String summary(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format("median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms (n=%d)",
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1), sorted.get(0),
                sorted.get(sorted.size() - 1), sorted.size());
    }

    private static List<String> plainTexts(ParsedDocument parsed) {
        return parsed.paragraphs().stream().map(p -> ParagraphTextHtml.toPlainText(p.text())).toList();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = RevisionBenchmark.class.getResourceAsStream(CORPUS + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + CORPUS + name);
            }
            return in.readAllBytes();
        }
    }
}
