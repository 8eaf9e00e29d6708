package dk.valghalla.adapter.rest.admin.participant;

import dk.valghalla.application.identity.Roles;
import dk.valghalla.application.participant.port.in.LookUpPersonCommand;
import dk.valghalla.application.participant.port.in.LookUpPersonUseCase;
import dk.valghalla.application.participant.port.in.PersonLookup;
import dk.valghalla.application.tenant.TenantContext;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.participant.Person;
import dk.valghalla.domain.shared.CprNumber;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Look-ups in the CPR register, before a participant is created. Every look-up is audited. 404
 * {@code cpr.person_not_found} when the register knows nobody by the number; 503 {@code cpr.unavailable} when it
 * cannot answer now.
 */
@Path("/api/admin/person-lookups")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonLookupResource {
    private final LookUpPersonUseCase lookUpPerson;
    private final TenantContext tenantContext;

    public PersonLookupResource(LookUpPersonUseCase lookUpPerson, TenantContext tenantContext) {
        this.lookUpPerson = lookUpPerson;
        this.tenantContext = tenantContext;
    }

    @POST
    public Response lookUp(@Valid @NotNull PersonLookupRequest request) {
        PersonLookup lookup = lookUpPerson.lookUpPerson(new LookUpPersonCommand(CprNumber.of(request.cpr()), request.day()));
        Person person = lookup.person();
        PersonLookupResponse body = new PersonLookupResponse(person.cpr().masked(),
                PersonResponse.from(person, person.name(), person.addressProtected(), person.digitalPost().name(),
                        lookup.fetchedAt(), lookup.day(), tenantContext.tenant().municipalityCode()),
                lookup.participant().map(ParticipantId::value).orElse(null),
                lookup.eligibility().stream().map(e -> EligibilityResponse.from(e, lookup.day())).toList());
        return Response.ok(body).header("Cache-Control", "no-store").build();
    }
}
