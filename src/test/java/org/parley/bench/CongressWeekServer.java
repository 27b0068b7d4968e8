package org.parley.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.organisation.Person;
import org.parley.security.ParleyUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.parley.Application;
import org.parley.document.DocumentNotFoundException;
import org.parley.document.DocumentService;
import org.parley.document.NewDocument;
import org.parley.document.Visibility;
import org.parley.document.VersionStatus;
import org.parley.organisation.NewPerson;
import org.parley.organisation.OrganisationService;
import org.parley.security.ApiTokenService;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Parley as a server for the congress-week and heap-per-UI benchmarks ({@code bench/congress-week.sh}): the
 * application as {@code java -jar} runs it (embedded PostgreSQL in {@code PARLEY_DATA_DIR}, a real port, Push), plus
 * on first start a public 300-paragraph paper open for comments ({@value #SLUG}) and {@value #POSTERS} contributors
 * with the API tokens {@link #token(int)}, and
 * ten comments on each of the first twenty paragraphs. A restart on the same data directory keeps all of it (warm index).
 * Started from the test class path, so Vaadin runs in development mode; the class path's component tracker
 * (two stack traces per component, development mode only) is switched off as in production.
 */
public final class CongressWeekServer {

    static final String SLUG = "congress-paper";
    static final int PARAGRAPHS = 300;
    static final int POSTERS = 20;

    private CongressWeekServer() {
    }

    public static void main(String[] args) throws Exception {
        var disabled = com.vaadin.flow.component.internal.ComponentTracker.class.getDeclaredField("disabled");
        disabled.setAccessible(true);
        disabled.set(null, Boolean.TRUE);
        SpringApplication application = new SpringApplication(Application.class);
        // leaves out the tests' own beans (e.g. CommentEvents, which read each new comment back on a second
        // connection after commit): the node under load runs only Parley's
        application.setAdditionalProfiles("benchmark");
        ConfigurableApplicationContext context = application.run(
                "--parley.demo-content=false", "--vaadin.launch-browser=false");
        seed(context);
        System.out.println("CONGRESS-WEEK SERVER READY");
    }

    static String token(int poster) {
        return String.format("pat_congressweekposter%02d_0123456789abcdef", poster);
    }

    private static void seed(ConfigurableApplicationContext context) {
        DocumentService documents = context.getBean(DocumentService.class);
        try {
            SystemActor.call(() -> documents.document(SLUG));
            return;
        } catch (DocumentNotFoundException firstStart) {
            // seeded below
        }
        OrganisationService organisations = context.getBean(OrganisationService.class);
        ApiTokenService tokens = context.getBean(ApiTokenService.class);
        List<Person> posters = new ArrayList<>();
        SystemActor.run(() -> {
            var created = documents.importDocument(new NewDocument(SLUG, "Congress paper", "en", Visibility.PUBLIC),
                    SLUG + ".md", paper().getBytes(StandardCharsets.UTF_8));
            documents.scheduleVersion(created.latest().id(), "Draft", VersionStatus.OPEN_FOR_COMMENTS, null, null);
            for (int i = 0; i < POSTERS; i++) {
                var person = organisations.createPerson(new NewPerson("poster" + i + "@bench.example",
                        "Poster " + i, "en", GlobalRole.CONTRIBUTOR), "congress-week-" + i);
                tokens.registerProvisioned(person.id(), token(i));
                posters.add(person);
            }
        });
        // threads to open: ten comments on each of the first twenty paragraphs
        CommentService comments = context.getBean(CommentService.class);
        var version = SystemActor.call(() -> documents.document(SLUG)).latest();
        var paragraphs = SystemActor.call(() -> documents.paragraphs(version, 0, 20));
        for (int i = 0; i < 200; i++) {
            signIn(posters.get(i % POSTERS));
            comments.post(paragraphs.get(i % 20).id(), NewComment.of(CommentKind.values()[i % 4],
                    "Seeded comment " + i + ": local governments should be consulted on the funding of services."));
        }
        SecurityContextHolder.clearContext();
    }

    private static void signIn(Person person) {
        ParleyUser user = new ParleyUser(person.id(), person.email(), person.displayName(), person.role(),
                person.preferredLanguage(), true, null);
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(security);
    }

    /** Ten sections of thirty numbered paragraphs of policy-paper length (about 60 words each). */
    static String paper() {
        StringBuilder markdown = new StringBuilder("# Congress paper\n\n");
        int n = 0;
        for (int section = 1; section <= 10; section++) {
            markdown.append("## ").append(section).append(". Section ").append(section).append("\n\n");
            for (int p = 0; p < PARAGRAPHS / 10; p++) {
                n++;
                markdown.append(n).append(". Paragraph ").append(n).append(": local and regional governments "
                        + "receive newcomers, coordinate housing, health and language services with the regions "
                        + "and civil society, and ask national governments for the means and the competences "
                        + "to do so, including direct access to funding, data on arrivals and a seat at the "
                        + "table where migration policy is decided.\n\n");
            }
        }
        return markdown.toString();
    }
}
