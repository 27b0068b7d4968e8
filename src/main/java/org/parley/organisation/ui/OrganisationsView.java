package org.parley.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.parley.base.UserFacingException;
import org.parley.base.ui.MainLayout;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationNames;
import org.parley.organisation.OrganisationService;

/** Admins give each organisation its name in English, French and Spanish (shown in the reader's language). */
@Route(value = "admin/organisations", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationService organisations;
    private final Grid<Organisation> grid = new Grid<>();
    private final TextField name = new TextField();
    private final TextField nameFr = new TextField();
    private final TextField nameEs = new TextField();
    private final Button save = new Button();
    private Organisation editing;

    public OrganisationsView(OrganisationService organisations) {
        this.organisations = organisations;
        addClassName("organisations-view");
        grid.addColumn(Organisation::shortName).setHeader(getTranslation("organisations.short-name")).setAutoWidth(true);
        grid.addColumn(o -> getTranslation("organisation.kind." + o.kind()))
                .setHeader(getTranslation("organisations.kind")).setAutoWidth(true);
        grid.addColumn(Organisation::name).setHeader(getTranslation("organisations.name.en"));
        grid.addColumn(o -> o.nameFr() == null ? "" : o.nameFr()).setHeader(getTranslation("organisations.name.fr"));
        grid.addColumn(o -> o.nameEs() == null ? "" : o.nameEs()).setHeader(getTranslation("organisations.name.es"));
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        grid.setId("organisations-grid");
        name.setLabel(getTranslation("organisations.name.en"));
        name.setId("organisation-name");
        nameFr.setLabel(getTranslation("organisations.name.fr"));
        nameFr.setId("organisation-name-fr");
        nameEs.setLabel(getTranslation("organisations.name.es"));
        nameEs.setId("organisation-name-es");
        for (TextField field : new TextField[] {name, nameFr, nameEs}) {
            field.setMaxLength(300);
        }
        nameFr.setHelperText(getTranslation("organisations.name.fallback"));
        nameEs.setHelperText(getTranslation("organisations.name.fallback"));
        save.setText(getTranslation("organisations.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-organisation-names");
        save.addClickListener(click -> save());
        FormLayout form = new FormLayout(name, nameFr, nameEs);
        edit(null);
        add(new H1(getTranslation("organisations.title")), new Paragraph(getTranslation("organisations.intro")),
                grid, form, save);
        grid.setItems(organisations.organisations());
    }

    private void edit(Organisation organisation) {
        editing = organisation;
        name.setValue(organisation == null ? "" : organisation.name());
        nameFr.setValue(organisation == null || organisation.nameFr() == null ? "" : organisation.nameFr());
        nameEs.setValue(organisation == null || organisation.nameEs() == null ? "" : organisation.nameEs());
        name.setInvalid(false);
        for (TextField field : new TextField[] {name, nameFr, nameEs}) {
            field.setEnabled(organisation != null);
        }
        save.setEnabled(organisation != null);
    }

    private void save() {
        try {
            Organisation saved = organisations.rename(editing.id(),
                    new OrganisationNames(name.getValue(), nameFr.getValue(), nameEs.getValue()), editing.revision());
            grid.setItems(organisations.organisations());
            grid.select(saved);
            Notification.show(getTranslation("organisations.saved", saved.name(getLocale())));
        } catch (UserFacingException refusal) {
            TextField field = switch (refusal.messageKey()) {
                case "organisation.error.name-fr" -> nameFr;
                case "organisation.error.name-es" -> nameEs;
                default -> name;
            };
            field.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
            field.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisations.title");
    }
}
