package org.parley.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.parley.base.UserFacingException;
import org.parley.document.DocumentNotFoundException;
import org.parley.organisation.Membership;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.NewOrganisation;
import org.parley.organisation.NewPerson;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.OrganisationNames;
import org.parley.organisation.OrganisationService;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Organisations, people and memberships; every change is for admins. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Organisations", description = "Organisations, people and their memberships (changes: admins)")
class OrganisationApi {

    record NewOrganisationJson(@NotNull OrganisationKind kind, @NotNull String name, @NotNull String shortName,
                               String region, Long parentId,
                               @Schema(description = "the name in French, when it has one") String nameFr,
                               @Schema(description = "the name in Spanish, when it has one") String nameEs) {
    }

    record NamesJson(@NotNull String name, String nameFr, String nameEs) {
    }

    record NewPersonJson(@NotNull String email, @NotNull String displayName, String preferredLanguage,
                         @NotNull GlobalRole role,
                         @Schema(description = "without one, the person is e-mailed an invitation to set their own")
                         String password,
                         @Schema(description = "short name of an organisation to add an invited person to")
                         String organisation,
                         @Schema(description = "their role in that organisation (default MEMBER)")
                         MembershipRole membershipRole) {
    }

    record NewMembership(@NotNull Long personId, @NotNull MembershipRole role) {
    }

    record MemberJson(long personId, MembershipRole role) {
    }

    private final OrganisationService organisations;

    OrganisationApi(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/organisations")
    @Operation(operationId = "listOrganisations",
            summary = "Organisations by kind and name, a page at a time")
    PageJson<Organisation> list(@Valid @ParameterObject PageJson.Request page) {
        return page.of(organisations.organisations());
    }

    @GetMapping("/organisations/{shortName}")
    @SendsEtag
    @Operation(operationId = "getOrganisation",
            summary = "One organisation by short name")
    ResponseEntity<Organisation> get(@PathVariable String shortName) {
        Organisation organisation = byShortName(shortName);
        return ResponseEntity.ok().eTag(Revisions.etag(organisation.revision())).body(organisation);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/organisations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createOrganisation",
            summary = "Create an organisation (admins)", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<Organisation> create(@Valid @RequestBody NewOrganisationJson body) {
        Organisation created = organisations.createOrganisation(new NewOrganisation(body.kind(), body.name(),
                body.shortName(), body.region(), body.parentId(), body.nameFr(), body.nameEs()));
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{shortName}")
                .buildAndExpand(created.shortName()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @PutMapping(path = "/organisations/{shortName}/names", consumes = MediaType.APPLICATION_JSON_VALUE)
    @SendsEtag
    @Operation(operationId = "renameOrganisation",
            summary = "Set an organisation's name in English, French and Spanish (admins); a missing or blank French "
                    + "or Spanish name falls back to the default name. If-Match (the ETag of the organisation as "
                    + "read) is required: 428 without it, 412 with the current organisation when it changed since",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<Organisation> rename(@PathVariable String shortName, @Valid @RequestBody NamesJson body,
                                        @Parameter(description = "the ETag of the organisation as read")
                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                        String ifMatch) {
        Organisation organisation = byShortName(shortName);
        int revision = Revisions.required(ifMatch);
        try {
            Organisation renamed = organisations.rename(organisation.id(),
                    new OrganisationNames(body.name(), body.nameFr(), body.nameEs()), revision);
            return ResponseEntity.ok().eTag(Revisions.etag(renamed.revision())).body(renamed);
        } catch (UserFacingException e) {
            if (ApiConflicts.isStale(e)) {
                Organisation current = byShortName(shortName);
                throw new StaleWriteException(current, current.revision());
            }
            throw e;
        }
    }

    @GetMapping("/organisations/{shortName}/members")
    @Operation(operationId = "listMembers",
            summary = "The members of an organisation with their role (admins)",
            security = @SecurityRequirement(name = "bearer"))
    PageJson<MemberJson> members(@PathVariable String shortName, @Valid @ParameterObject PageJson.Request page) {
        return page.of(organisations.members(byShortName(shortName).id()).stream()
                .map(OrganisationApi::memberOf).toList());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/organisations/{shortName}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "addMember",
            summary = "Add a person to an organisation, or change their role (admins)",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<MemberJson> addMember(@PathVariable String shortName, @Valid @RequestBody NewMembership body) {
        organisations.addMembership(body.personId(), byShortName(shortName).id(), body.role());
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{personId}")
                .buildAndExpand(body.personId()).toUri();
        return ResponseEntity.created(location).body(new MemberJson(body.personId(), body.role()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/people", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createPerson",
            summary = "Create a person (admins): with a sign-in password, or without one, in which case they are "
                    + "e-mailed a single-use link (valid 7 days) to set their own",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<Person> createPerson(@Valid @RequestBody NewPersonJson body) {
        NewPerson person = new NewPerson(body.email(), body.displayName(),
                body.preferredLanguage() == null ? "en" : body.preferredLanguage(), body.role());
        Person created = body.password() != null
                ? organisations.createPerson(person, body.password())
                : organisations.invitePerson(person, body.organisation() == null ? null
                        : byShortName(body.organisation()).id(), body.membershipRole());
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    private Organisation byShortName(String shortName) {
        return organisations.findByShortName(shortName).orElseThrow(DocumentNotFoundException::new);
    }

    static MemberJson memberOf(Membership m) {
        return new MemberJson(m.personId(), m.role());
    }
}
