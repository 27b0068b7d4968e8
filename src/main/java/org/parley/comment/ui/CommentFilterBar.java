package org.parley.comment.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import org.parley.comment.CommentFilter;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentStatus;
import org.parley.organisation.Organisation;

import java.util.Comparator;
import java.util.function.Consumer;

/** Organisation, kind, status, "mine", "my organisation's", "unanswered": used in the panel and for the document. */
class CommentFilterBar extends Div {

    private final Select<Organisation> organisation = new Select<>();
    private final Select<CommentKind> kind = new Select<>();
    private final Select<CommentStatus> status = new Select<>();
    private final Checkbox mine = new Checkbox();
    private final Checkbox myOrganisations = new Checkbox();
    private final Checkbox unanswered = new Checkbox();
    private final Consumer<CommentFilter> changed;

    CommentFilterBar(CommentServices services, Viewer viewer, Consumer<CommentFilter> changed) {
        this.changed = changed;
        addClassName("comment-filter-bar");
        organisation.setLabel(getTranslation("comment.filter.organisation"));
        organisation.setItems(services.organisations().organisations().stream()
                .sorted(Comparator.comparing(Organisation::shortName, String.CASE_INSENSITIVE_ORDER)).toList());
        organisation.setItemLabelGenerator(o -> o == null ? getTranslation("comment.filter.any") : o.shortName());
        kind.setLabel(getTranslation("comment.filter.kind"));
        kind.setItems(CommentKind.values());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("comment.filter.any")
                : getTranslation("comment.kind." + k));
        status.setLabel(getTranslation("comment.filter.status"));
        status.setItems(CommentStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("comment.filter.any")
                : getTranslation("comment.status." + s));
        for (Select<?> select : new Select<?>[] {organisation, kind, status}) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("comment.filter.any"));
            select.addValueChangeListener(e -> fire());
            add(select);
        }
        mine.setLabel(getTranslation("comment.filter.mine"));
        myOrganisations.setLabel(getTranslation("comment.filter.my-organisations"));
        unanswered.setLabel(getTranslation("comment.filter.unanswered"));
        mine.setVisible(viewer.signedIn());
        myOrganisations.setVisible(!viewer.memberships().isEmpty());
        for (Checkbox box : new Checkbox[] {mine, myOrganisations, unanswered}) {
            box.addValueChangeListener(e -> fire());
            add(box);
        }
    }

    CommentFilter value() {
        return CommentFilter.ALL
                .withOrganisation(organisation.getValue() == null ? null : organisation.getValue().id())
                .withKind(kind.getValue())
                .withStatus(status.getValue())
                .onlyMine(mine.getValue())
                .onlyMyOrganisations(myOrganisations.getValue())
                .onlyUnanswered(unanswered.getValue());
    }

    private void fire() {
        changed.accept(value());
    }
}
