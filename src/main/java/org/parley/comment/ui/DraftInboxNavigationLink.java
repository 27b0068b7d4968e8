package org.parley.comment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouterLink;
import org.parley.base.ui.NavigationLink;
import org.parley.organisation.MembershipRole;
import org.springframework.core.annotation.Order;

/** "Drafts to approve (n)" in the navigation, for focal points. */
@org.springframework.stereotype.Component
@Order(30)
class DraftInboxNavigationLink implements NavigationLink {

    private final CommentServices services;

    DraftInboxNavigationLink(CommentServices services) {
        this.services = services;
    }

    @Override
    public Component create() {
        var user = services.currentUser().get();
        if (user.isEmpty() || services.organisations().membershipsOf(user.get().personId()).stream()
                .noneMatch(m -> m.role() == MembershipRole.FOCAL_POINT)) {
            return null;
        }
        RouterLink link = new RouterLink(DraftInboxView.class);
        link.setText(link.getTranslation("nav.drafts", services.queries().awaitingMyApproval().size()));
        link.addClassNames("nav-link", "nav-drafts");
        link.setId("drafts-link");
        return link;
    }
}
