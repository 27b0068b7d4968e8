package org.parley.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.parley.base.UserFacingException;
import org.parley.comment.AudienceRule;
import org.parley.document.DocumentVersion;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * For editors: who may comment in this round, and from when ("commissions first, then the regional sections").
 * No rule: every member with a contributing role.
 */
class RoundSettingsDialog extends Dialog {

    private final CommentServices services;
    private final DocumentVersion version;
    private final List<AudienceRule> rules;
    private final Grid<AudienceRule> grid = new Grid<>();
    private final Select<Object> who = new Select<>();
    private final DatePicker from = new DatePicker();
    private final Span error = new Span();

    RoundSettingsDialog(CommentServices services, DocumentVersion version, Runnable saved) {
        this.services = services;
        this.version = version;
        this.rules = new ArrayList<>(services.consultation().audience(version.id()));
        setHeaderTitle(getTranslation("round.settings.title"));
        setId("round-settings");
        setWidth("min(44rem, 95vw)");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(this::describe).setHeader(getTranslation("round.settings.who")).setFlexGrow(2);
        grid.addColumn(r -> r.opensAt() == null ? getTranslation("round.settings.from-start")
                : r.opensAt().atZoneSameInstant(ZoneId.systemDefault()).toLocalDate().toString())
                .setHeader(getTranslation("round.settings.from"));
        grid.addComponentColumn(r -> new Button(getTranslation("round.settings.remove"), click -> {
            rules.remove(r);
            grid.setItems(rules);
        }));
        grid.setAllRowsVisible(true);
        grid.setItems(rules);
        error.addClassName("form-error");
        error.setId("round-settings-error");
        add(new Paragraph(getTranslation("round.settings.intro")), grid, addRow(), error);
        Button save = new Button(getTranslation("round.settings.save"), click -> save(saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("round-settings-save");
        getFooter().add(new Button(getTranslation("import.cancel"), click -> close()), save);
    }

    private HorizontalLayout addRow() {
        List<Object> choices = new ArrayList<>(List.of(OrganisationKind.values()));
        choices.addAll(services.organisations().organisations());
        who.setItems(choices);
        who.setItemLabelGenerator(o -> o instanceof OrganisationKind kind
                ? getTranslation("round.settings.every", getTranslation("organisation.kind." + kind))
                : ((Organisation) o).name(getLocale()));
        who.setLabel(getTranslation("round.settings.who"));
        who.setId("audience-who");
        from.setLabel(getTranslation("round.settings.from"));
        from.setHelperText(getTranslation("round.settings.from-helper"));
        Button add = new Button(getTranslation("round.settings.add"), click -> {
            if (who.getValue() == null) {
                return;
            }
            OffsetDateTime opens = Optional.ofNullable(from.getValue()).map(LocalDate::atStartOfDay)
                    .map(t -> t.atZone(ZoneId.systemDefault()).toOffsetDateTime()).orElse(null);
            rules.add(who.getValue() instanceof OrganisationKind kind ? AudienceRule.kind(kind).from(opens)
                    : AudienceRule.organisation(((Organisation) who.getValue()).id()).from(opens));
            grid.setItems(rules);
            who.clear();
            from.clear();
        });
        add.setId("audience-add");
        HorizontalLayout row = new HorizontalLayout(who, from, add);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private String describe(AudienceRule rule) {
        if (rule.organisationKind() != null) {
            return getTranslation("round.settings.every", getTranslation("organisation.kind." + rule.organisationKind()));
        }
        return services.organisations().organisation(rule.organisationId()).map(Organisation::name).orElse("?");
    }

    private void save(Runnable saved) {
        try {
            services.consultation().setAudience(version.id(), rules);
            close();
            saved.run();
        } catch (UserFacingException refusal) {
            error.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }
}
