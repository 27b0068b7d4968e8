package org.parley.comment.ui;

import org.springframework.core.annotation.Order;
import org.parley.base.ui.HeaderItem;

/** Puts the notification bell in the header for people who are signed in. */
@org.springframework.stereotype.Component
@Order(20)
class NotificationHeaderItem implements HeaderItem {

    private final CommentServices services;

    NotificationHeaderItem(CommentServices services) {
        this.services = services;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return services.currentUser().get().isPresent() ? new NotificationBell(services) : null;
    }
}
