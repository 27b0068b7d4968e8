package org.parley.comment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.Registration;
import org.parley.comment.Notification;
import org.parley.document.Paragraph;

/**
 * The header's bell: unread count (updated on navigation, when comments change and when a thread opened), recent
 * notifications.
 */
class NotificationBell extends Div implements AfterNavigationObserver {

    private final CommentServices services;
    private final Button bell = new Button(VaadinIcon.BELL_O.create());
    private final Span count = new Span();
    private final Div list = new Div();
    private Registration broadcast;
    private Registration read;

    NotificationBell(CommentServices services) {
        this.services = services;
        addClassName("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.setId("notification-bell");
        bell.setSuffixComponent(count);
        count.addClassName("unread-count");
        count.setId("unread-count");
        list.addClassName("notification-list");
        Button markRead = new Button(getTranslation("notification.mark-all-read"), click -> {
            services.notifications().markAllRead();
            refresh();
        });
        markRead.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        markRead.setId("mark-all-read");
        Popover popover = new Popover();
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.addClassName("notification-popover");
        popover.add(list, markRead);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                showList();
            }
        });
        add(bell, popover);
        refresh();
    }

    void refresh() {
        int unread = services.notifications().unreadCount();
        count.setText(unread == 0 ? "" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notification.bell", unread));
    }

    private void showList() {
        list.removeAll();
        var recent = services.notifications().recent();
        if (recent.isEmpty()) {
            list.add(new Span(getTranslation("notification.none")));
        }
        for (Notification n : recent) {
            Anchor link = new Anchor("documents/" + n.documentSlug() + "/v/" + n.versionNumber() + "#"
                    + Paragraph.anchorFor(n.paragraphNumber()) + "/comments");
            Span what = new Span(getTranslation("notification.kind." + n.kind(), n.paragraphNumber(),
                    n.documentTitle()));
            what.addClassName("notification-what");
            link.add(what, meta(n));
            link.getElement().setAttribute("router-ignore", true);
            link.addClassNames("notification-item", n.read() ? "read" : "unread");
            list.add(link);
        }
        refresh();
    }

    /** Who (person, and the organisation they spoke for) and when, e.g. "Nadia (UCLG Africa) · 5 minutes ago". */
    private Div meta(Notification n) {
        Div meta = new Div();
        meta.addClassName("notification-meta");
        String who = n.actorOrganisation() == null ? n.actorName()
                : n.actorName() == null ? n.actorOrganisation().name(getLocale())
                : getTranslation("notification.actor", n.actorName(), n.actorOrganisation().name(getLocale()));
        if (who != null) {
            Span author = new Span(who);
            author.addClassName("notification-author");
            meta.add(author, new Span(" · "));
        }
        Element time = new Element("time");
        time.setAttribute("datetime", n.createdAt().toInstant().toString());
        time.setAttribute("title", RelativeTime.exact(n.createdAt(), getLocale()));
        time.setText(RelativeTime.of(n.createdAt(), services.clock().instant(), getLocale(), this::getTranslation));
        meta.getElement().appendChild(time);
        return meta;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        broadcast = services.broadcaster().registerForAll(attachEvent.getUI(), changed -> refresh());
        read = NotificationsRead.listen(attachEvent.getUI(), event -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        broadcast.remove();
        read.remove();
        super.onDetach(detachEvent);
    }
}
