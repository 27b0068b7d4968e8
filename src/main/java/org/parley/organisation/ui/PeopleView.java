package org.parley.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.parley.base.UserFacingException;
import org.parley.base.ui.MainLayout;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.NewPerson;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationService;
import org.parley.organisation.Person;
import org.parley.security.AccountService;
import org.parley.security.GlobalRole;

import java.util.Comparator;

/**
 * Admins invite people: an account without a password and an e-mail with a single-use link to set one. The list
 * offers a new link to anyone who lost theirs.
 */
@Route(value = "admin/people", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationService organisations;
    private final EmailField email = new EmailField();
    private final TextField name = new TextField();
    private final Select<String> language = new Select<>();
    private final Select<GlobalRole> role = new Select<>();
    private final ComboBox<Organisation> organisation = new ComboBox<>();
    private final Select<MembershipRole> membership = new Select<>();
    private final Grid<Person> people = new Grid<>();

    public PeopleView(OrganisationService organisations) {
        this.organisations = organisations;
        addClassName("people-view");
        email.setLabel(getTranslation("login.username"));
        email.setId("invite-email");
        name.setLabel(getTranslation("people.field.name"));
        name.setId("invite-name");
        language.setLabel(getTranslation("people.field.language"));
        language.setItems("en", "fr", "es");
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        language.setValue(getLocale().getLanguage().matches("fr|es") ? getLocale().getLanguage() : "en");
        role.setLabel(getTranslation("people.field.role"));
        role.setItems(GlobalRole.values());
        role.setItemLabelGenerator(r -> getTranslation("people.role." + r));
        role.setValue(GlobalRole.CONTRIBUTOR);
        organisation.setLabel(getTranslation("people.field.organisation"));
        organisation.setItems(organisations.organisations().stream()
                .sorted(Comparator.comparing(o -> o.name(getLocale()))).toList());
        organisation.setItemLabelGenerator(o -> o.name(getLocale()));
        organisation.setClearButtonVisible(true);
        membership.setLabel(getTranslation("people.field.membership"));
        membership.setItems(MembershipRole.values());
        membership.setItemLabelGenerator(r -> getTranslation("people.membership." + r));
        membership.setValue(MembershipRole.MEMBER);
        Button invite = new Button(getTranslation("people.invite"), click -> invite());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.setId("invite-person");
        FormLayout form = new FormLayout(email, name, language, role, organisation, membership);
        configureGrid();
        add(new H1(getTranslation("people.title")), new Paragraph(getTranslation("people.intro",
                        AccountService.INVITATION_VALIDITY.toDays())), form, invite,
                new H2(getTranslation("people.list")), people);
        people.setItems(organisations.people());
    }

    private void configureGrid() {
        people.addColumn(Person::displayName).setHeader(getTranslation("people.field.name"));
        people.addColumn(Person::email).setHeader(getTranslation("login.username"));
        people.addColumn(p -> getTranslation("people.role." + p.role())).setHeader(getTranslation("people.field.role"));
        people.addComponentColumn(p -> {
            Button again = new Button(getTranslation("people.invite-again"), click -> {
                organisations.inviteAgain(p.id());
                Notification.show(getTranslation("people.invited", p.email()));
            });
            again.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return again;
        });
        people.setAllRowsVisible(true);
    }

    private void invite() {
        try {
            Organisation chosen = organisation.getValue();
            Person invited = organisations.invitePerson(new NewPerson(email.getValue(), name.getValue(),
                    language.getValue(), role.getValue()), chosen == null ? null : chosen.id(), membership.getValue());
            email.clear();
            name.clear();
            email.setInvalid(false);
            Notification.show(getTranslation("people.invited", invited.email()));
            people.setItems(organisations.people());
        } catch (UserFacingException refusal) {
            String message = getTranslation(refusal.messageKey(), refusal.arguments());
            email.setInvalid(false);
            name.setInvalid(false);
            if (refusal.messageKey().equals("person.error.display-name")) {
                name.setErrorMessage(message);
                name.setInvalid(true);
            } else if (refusal.messageKey().startsWith("person.error.email")) {
                email.setErrorMessage(message);
                email.setInvalid(true);
            } else {
                Notification.show(message);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title");
    }
}
