package org.parley.comment.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/** Fired on the UI when the reader's notifications may have become read there (a thread opened): the bell counts. */
class NotificationsRead extends ComponentEvent<UI> {

    private NotificationsRead(UI ui) {
        super(ui, false);
    }

    static void fire(UI ui) {
        ComponentUtil.fireEvent(ui, new NotificationsRead(ui));
    }

    static Registration listen(UI ui, ComponentEventListener<NotificationsRead> listener) {
        return ComponentUtil.addListener(ui, NotificationsRead.class, listener);
    }
}
