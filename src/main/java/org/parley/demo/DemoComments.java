package org.parley.demo;

import org.parley.comment.Comment;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.ParagraphTextHtml;
import org.parley.organisation.Organisation;
import org.parley.organisation.Person;
import org.parley.security.ParleyUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A first round of feedback on the demo paper, posted through the comment service as the demo people. */
@Component
class DemoComments {

    private final CommentService comments;
    private final DocumentService documents;

    DemoComments(CommentService comments, DocumentService documents) {
        this.comments = comments;
        this.documents = documents;
    }

    void post(DocumentVersion version, Map<String, Person> people, Map<String, Organisation> organisations) {
        List<Paragraph> paragraphs = documents.allParagraphs(version);
        long africa = organisations.get("UCLG Africa").id();
        long tunis = organisations.get("Tunis").id();
        Comment support = as(people.get("focalpoint"), () -> comments.post(id(paragraphs, "7"),
                NewComment.of(CommentKind.SUPPORT, "UCLG Africa strongly supports this paragraph: in Tangier and "
                        + "Tunis, municipal housing offices already serve residents regardless of status, and this "
                        + "should become the norm.").onBehalfOf(africa)));
        String twelve = ParagraphTextHtml.toPlainText(text(paragraphs, "12"));
        as(people.get("focalpoint"), () -> comments.post(id(paragraphs, "12"),
                NewComment.of(CommentKind.AMENDMENT, "Mental health services should also reach children and "
                        + "unaccompanied minors, who are too often forgotten.").onBehalfOf(africa)
                        .proposing(twelve.replace("Many migrants", "Many migrants, including children and "
                                + "unaccompanied minors"))));
        as(people.get("tunis"), () -> comments.post(id(paragraphs, "20"),
                NewComment.of(CommentKind.COMMENT, "نقترح إضافة مثال عن المجالس المحلية للمهاجرين في تونس، التي "
                        + "تتيح للمقيمين الجدد المشاركة في الحياة البلدية.").onBehalfOf(tunis)));
        as(people.get("tunis"), () -> comments.post(id(paragraphs, "20"), NewComment.of(CommentKind.SUPPORT,
                "La Ville de Tunis soutient la reconnaissance de la participation des migrants à la vie locale.")
                .onBehalfOf(tunis)));
        as(people.get("member"), () -> comments.post(id(paragraphs, "22"), NewComment.of(CommentKind.QUESTION,
                "Should the paper say how informal settlements on the urban fringe are to be counted in the "
                        + "migration profiles?").onBehalfOf(africa)));
        as(people.get("editor"), () -> comments.post(id(paragraphs, "7"), NewComment.of(CommentKind.COMMENT,
                "Thank you: could you share the name of the Tangier programme so that we can cite it?")
                .replyTo(support.id())));
        as(people.get("tunis"), () -> {
            comments.endorse(support.id(), tunis);
            return null;
        });
    }

    private static long id(List<Paragraph> paragraphs, String number) {
        return paragraphs.stream().filter(p -> p.number().equals(number)).findFirst().orElseThrow().id();
    }

    private static String text(List<Paragraph> paragraphs, String number) {
        return paragraphs.stream().filter(p -> p.number().equals(number)).findFirst().orElseThrow().text();
    }

    private static <T> T as(Person person, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        ParleyUser user = new ParleyUser(person.id(), person.email(), person.displayName(), person.role(),
                person.preferredLanguage(), true, null);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
