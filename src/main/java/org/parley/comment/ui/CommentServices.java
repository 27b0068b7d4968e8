package org.parley.comment.ui;

import java.util.List;
import org.parley.comment.CarriedCommentsService;
import org.parley.comment.CommentQueryService;
import org.parley.comment.CommentService;
import org.parley.comment.ConsultationService;
import org.parley.comment.NotificationService;
import org.parley.document.DocumentService;
import org.parley.organisation.OrganisationService;
import org.parley.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The services the comment UI calls, in one bean so that its components take one argument instead of eight. */
@Component
record CommentServices(CommentQueryService queries, CommentService comments, ConsultationService consultation,
                       NotificationService notifications, DocumentService documents,
                       OrganisationService organisations, CurrentUser currentUser, CommentBroadcaster broadcaster,
                       CarriedCommentsService carried, SharedReads sharedReads, java.time.Clock clock) {

    Viewer viewer(long versionId) {
        var user = currentUser.get().orElse(null);
        return new Viewer(user, user == null ? List.of() : organisations.membershipsOf(user.personId()),
                consultation.refusalToComment(versionId, null));
    }
}
