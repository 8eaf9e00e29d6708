package dk.valghalla.application.participant.service;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.electiontype.port.out.ElectionTypeRepository;
import dk.valghalla.application.identity.port.out.CurrentActor;
import dk.valghalla.application.participant.port.in.AssessParticipantEligibilityQuery;
import dk.valghalla.application.participant.port.in.AssessParticipantEligibilityUseCase;
import dk.valghalla.application.participant.port.in.AssignParticipantResponsibilitiesCommand;
import dk.valghalla.application.participant.port.in.AssignParticipantResponsibilitiesUseCase;
import dk.valghalla.application.participant.port.in.CommentOnParticipantCommand;
import dk.valghalla.application.participant.port.in.CommentOnParticipantUseCase;
import dk.valghalla.application.participant.port.in.CreateParticipantCommand;
import dk.valghalla.application.participant.port.in.CreateParticipantUseCase;
import dk.valghalla.application.participant.port.in.DeleteParticipantCommentCommand;
import dk.valghalla.application.participant.port.in.DeleteParticipantCommentUseCase;
import dk.valghalla.application.participant.port.in.ElectionTypeEligibility;
import dk.valghalla.application.participant.port.in.ListParticipantsQuery;
import dk.valghalla.application.participant.port.in.ListParticipantsUseCase;
import dk.valghalla.application.participant.port.in.ListedParticipant;
import dk.valghalla.application.participant.port.in.LookUpPersonCommand;
import dk.valghalla.application.participant.port.in.LookUpPersonUseCase;
import dk.valghalla.application.participant.port.in.PersonLookup;
import dk.valghalla.application.participant.port.in.RevealParticipantCprUseCase;
import dk.valghalla.application.participant.port.in.ReviseParticipantCommand;
import dk.valghalla.application.participant.port.in.ReviseParticipantUseCase;
import dk.valghalla.application.participant.port.in.ShowParticipantUseCase;
import dk.valghalla.application.participant.port.out.CprRefreshRecords;
import dk.valghalla.application.participant.port.out.CprVault;
import dk.valghalla.application.participant.port.out.ParticipantRepository;
import dk.valghalla.application.participant.port.out.ParticipantSearch;
import dk.valghalla.application.participant.port.out.ParticipantSeats;
import dk.valghalla.application.participant.port.out.PersonRegister;
import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.application.specialdiet.port.out.SpecialDietRepository;
import dk.valghalla.application.team.port.out.TeamRepository;
import dk.valghalla.application.tenant.TenantContext;
import dk.valghalla.application.worklocation.port.out.WorkLocationRepository;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.electiontype.ElectionType;
import dk.valghalla.domain.electiontype.ElectionTypeNotFoundException;
import dk.valghalla.domain.participant.Eligibility;
import dk.valghalla.domain.participant.EmailAddress;
import dk.valghalla.domain.participant.MobileNumber;
import dk.valghalla.domain.participant.Participant;
import dk.valghalla.domain.participant.ParticipantAlreadyExistsException;
import dk.valghalla.domain.participant.ParticipantComment;
import dk.valghalla.domain.participant.ParticipantCommentNotFoundException;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.participant.ParticipantNotFoundException;
import dk.valghalla.domain.participant.ParticipantReferenceException;
import dk.valghalla.domain.participant.ParticipantValidation;
import dk.valghalla.domain.participant.Person;
import dk.valghalla.domain.participant.PersonFacts;
import dk.valghalla.domain.participant.PersonNotFoundException;
import dk.valghalla.domain.participant.PersonSnapshot;
import dk.valghalla.domain.participant.ResponsibilityChanges;
import dk.valghalla.domain.participant.SealedCpr;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.CprNumber;
import dk.valghalla.domain.shared.DanishCollation;
import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.team.Team;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.tenant.MunicipalityCode;
import dk.valghalla.domain.worklocation.WorkLocation;
import dk.valghalla.domain.worklocation.WorkLocationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The participant (<i>deltager</i>) use cases of the election office; every change, every CPR look-up and every view
 * of a whole CPR number is audited in the same transaction.
 *
 * <p>CPR register calls come before any database work in a use case: a JTA transaction takes a database connection
 * only at its first statement, so a slow register never holds a connection, and a failing one leaves nothing
 * half-saved (the transaction has written nothing yet and rolls back).
 */
@ApplicationScoped
public class ParticipantService implements LookUpPersonUseCase, CreateParticipantUseCase, ListParticipantsUseCase,
        ShowParticipantUseCase, RevealParticipantCprUseCase, AssessParticipantEligibilityUseCase,
        ReviseParticipantUseCase, CommentOnParticipantUseCase, DeleteParticipantCommentUseCase,
        AssignParticipantResponsibilitiesUseCase {
    static final String OBJECT_TYPE = "PARTICIPANT";
    static final String PERSON_OBJECT_TYPE = "PERSON";
    static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private final ParticipantRepository participants;
    private final PersonRegister register;
    private final CprVault vault;
    private final TeamRepository teams;
    private final SpecialDietRepository specialDiets;
    private final WorkLocationRepository workLocations;
    private final ElectionTypeRepository electionTypes;
    private final ParticipantSeats seats;
    private final CprRefreshRecords validations;
    private final TenantContext tenantContext;
    private final CurrentActor currentActor;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public ParticipantService(ParticipantRepository participants, PersonRegister register, CprVault vault,
                              TeamRepository teams, SpecialDietRepository specialDiets,
                              WorkLocationRepository workLocations, ElectionTypeRepository electionTypes,
                              ParticipantSeats seats, CprRefreshRecords validations, TenantContext tenantContext,
                              CurrentActor currentActor, AuditTrail auditTrail, Clock clock) {
        this.participants = participants;
        this.register = register;
        this.vault = vault;
        this.teams = teams;
        this.specialDiets = specialDiets;
        this.workLocations = workLocations;
        this.electionTypes = electionTypes;
        this.seats = seats;
        this.validations = validations;
        this.tenantContext = tenantContext;
        this.currentActor = currentActor;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Override
    @Transactional(dontRollbackOn = PersonNotFoundException.class)
    public PersonLookup lookUpPerson(LookUpPersonCommand command) {
        CprNumber cpr = command.cpr();
        Person person;
        try {
            person = register.lookup(cpr);
        } catch (PersonNotFoundException e) {
            auditTrail.record(AuditAction.PERSON_LOOKED_UP, PERSON_OBJECT_TYPE, cpr.masked(),
                    cpr.masked() + ": not in the CPR register");
            throw e;
        }
        Instant fetchedAt = clock.instant();
        Optional<ParticipantId> existing = participants.findIdByCprLookupKey(vault.lookupKey(cpr));
        LocalDate day = dayOr(command.day());
        auditTrail.record(AuditAction.PERSON_LOOKED_UP, PERSON_OBJECT_TYPE, cpr.masked(),
                cpr.masked() + ": " + person.name().fullName());
        return new PersonLookup(person, fetchedAt, day, existing, eligibilityPerType(person, allElectionTypes(), day));
    }

    @Override
    @Transactional
    public Participant createParticipant(CreateParticipantCommand c) {
        MobileNumber mobile = MobileNumber.parse(c.mobile()).orElse(null);
        EmailAddress email = EmailAddress.parse(c.email()).orElse(null);
        if (c.teams().isEmpty()) {
            throw new InvalidValueException("teamIds", "participant.team_required", "A participant belongs to at least one team");
        }
        Person person = register.lookup(c.cpr());
        Instant now = clock.instant();
        SealedCpr sealed = vault.seal(c.cpr());
        if (participants.findIdByCprLookupKey(sealed.lookupKey()).isPresent()) {
            throw new ParticipantAlreadyExistsException(sealed.masked());
        }
        ensureExist(c.teams(), c.specialDiets());
        Participant participant = Participant.create(sealed, PersonSnapshot.of(person, now), c.teams(), mobile, email,
                c.specialDiets(), now);
        participants.add(participant);
        auditTrail.record(AuditAction.PARTICIPANT_CREATED, OBJECT_TYPE, participant.id(), participant.auditLabel());
        return participant;
    }

    @Override
    @Transactional
    public Page<ListedParticipant> listParticipants(ListParticipantsQuery q) {
        String lookupKey = null;
        String text = q.text();
        Optional<CprNumber> wholeCpr = wholeCprNumber(text);
        if (wholeCpr.isPresent()) {
            lookupKey = vault.lookupKey(wholeCpr.get());
            text = null;
        }
        Page<Participant> page = participants.search(new ParticipantSearch(text, lookupKey, q.team(), q.specialDiet(),
                q.digitalPost(), q.addressProtected(), q.election(), q.validation()), q.page());
        if (q.election() == null) {
            return new Page<>(page.items().stream().map(ListedParticipant::of).toList(), page.total(), page.page(),
                    page.size());
        }
        Map<ParticipantId, ParticipantValidation> kept = page.items().isEmpty() ? Map.of()
                : validations.latest(q.election(), page.items().stream().map(Participant::id).toList());
        return new Page<>(page.items().stream()
                .map(p -> ListedParticipant.of(p, Optional.ofNullable(kept.get(p.id())))).toList(),
                page.total(), page.page(), page.size());
    }

    @Override
    @Transactional
    public Participant showParticipant(ParticipantId id) {
        return participants.findById(id).orElseThrow(() -> new ParticipantNotFoundException(id));
    }

    @Override
    @Transactional
    public CprNumber revealParticipantCpr(ParticipantId id) {
        Participant participant = showParticipant(id);
        CprNumber cpr = vault.open(participant.cpr());
        auditTrail.record(AuditAction.PARTICIPANT_CPR_VIEWED, OBJECT_TYPE, participant.id(), participant.auditLabel());
        return cpr;
    }

    @Override
    @Transactional
    public List<ElectionTypeEligibility> assessParticipantEligibility(AssessParticipantEligibilityQuery q) {
        Participant participant = showParticipant(q.participant());
        List<ElectionType> types = q.electionType() == null ? allElectionTypes()
                : List.of(electionTypes.findById(q.electionType())
                .orElseThrow(() -> new ElectionTypeNotFoundException(q.electionType())));
        return eligibilityPerType(participant.person(), types, dayOr(q.day()));
    }

    @Override
    @Transactional
    public Participant reviseParticipant(ReviseParticipantCommand c) {
        Participant participant = showParticipant(c.id());
        if (participant.version() != c.expectedVersion()) {
            throw new ConcurrentModificationException("participant", participant.id());
        }
        Set<TeamId> teamsWithAcceptedTasks = seats.heldBy(List.of(participant.id())).stream()
                .filter(ParticipantSeats.HeldSeat::accepted).map(ParticipantSeats.HeldSeat::team)
                .collect(Collectors.toSet());
        participant.revise(MobileNumber.parse(c.mobile()).orElse(null), EmailAddress.parse(c.email()).orElse(null),
                c.specialDiets(), c.teams(), teamsWithAcceptedTasks);
        ensureExist(participant.teams(), participant.specialDiets());
        participants.update(participant);
        auditTrail.record(AuditAction.PARTICIPANT_UPDATED, OBJECT_TYPE, participant.id(), participant.auditLabel());
        return showParticipant(participant.id());
    }

    @Override
    @Transactional
    public ParticipantComment commentOnParticipant(CommentOnParticipantCommand c) {
        Participant participant = showParticipant(c.participant());
        ParticipantComment comment = ParticipantComment.write(currentActor.actor(), c.text(), clock.instant());
        participants.addComment(participant.id(), comment);
        auditTrail.record(AuditAction.PARTICIPANT_COMMENT_ADDED, OBJECT_TYPE, participant.id(), participant.auditLabel());
        return comment;
    }

    @Override
    @Transactional
    public void deleteParticipantComment(DeleteParticipantCommentCommand c) {
        Participant participant = showParticipant(c.participant());
        if (!participants.removeComment(participant.id(), c.comment())) {
            throw new ParticipantCommentNotFoundException(c.comment());
        }
        auditTrail.record(AuditAction.PARTICIPANT_COMMENT_DELETED, OBJECT_TYPE, participant.id(), participant.auditLabel());
    }

    @Override
    @Transactional
    public Participant assignParticipantResponsibilities(AssignParticipantResponsibilitiesCommand c) {
        Participant participant = showParticipant(c.participant());
        Set<TeamId> missingTeams = new HashSet<>(c.teams());
        missingTeams.removeAll(teams.existing(c.teams()));
        if (!missingTeams.isEmpty()) {
            throw ParticipantReferenceException.teams(missingTeams);
        }
        for (WorkLocationId id : c.workLocations()) {
            workLocations.findById(id).orElseThrow(() -> ParticipantReferenceException.workLocations(Set.of(id)));
        }
        ResponsibilityChanges changes = participant.assignResponsibilities(c.teams(), c.workLocations());
        if (changes.none()) {
            return participant;
        }
        participants.update(participant);
        String who = participant.auditLabel();
        changes.grantedTeams().forEach(t -> auditTrail.record(AuditAction.PARTICIPANT_RESPONSIBILITY_GRANTED,
                OBJECT_TYPE, participant.id(), who + ": team responsible for " + teamName(t)));
        changes.revokedTeams().forEach(t -> auditTrail.record(AuditAction.PARTICIPANT_RESPONSIBILITY_REVOKED,
                OBJECT_TYPE, participant.id(), who + ": no longer team responsible for " + teamName(t)));
        changes.grantedWorkLocations().forEach(l -> auditTrail.record(AuditAction.PARTICIPANT_RESPONSIBILITY_GRANTED,
                OBJECT_TYPE, participant.id(), who + ": responsible for work location " + locationTitle(l)));
        changes.revokedWorkLocations().forEach(l -> auditTrail.record(AuditAction.PARTICIPANT_RESPONSIBILITY_REVOKED,
                OBJECT_TYPE, participant.id(), who + ": no longer responsible for work location " + locationTitle(l)));
        return showParticipant(participant.id());
    }

    private void ensureExist(Set<TeamId> teamIds, Set<SpecialDietId> dietIds) {
        Set<TeamId> missingTeams = new HashSet<>(teamIds);
        missingTeams.removeAll(teams.existing(teamIds));
        if (!missingTeams.isEmpty()) {
            throw ParticipantReferenceException.teams(missingTeams);
        }
        Set<SpecialDietId> missingDiets = dietIds.stream().filter(d -> specialDiets.findById(d).isEmpty())
                .collect(Collectors.toSet());
        if (!missingDiets.isEmpty()) {
            throw ParticipantReferenceException.specialDiets(missingDiets);
        }
    }

    private List<ElectionType> allElectionTypes() {
        return electionTypes.search(null, new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    private List<ElectionTypeEligibility> eligibilityPerType(PersonFacts person, List<ElectionType> types, LocalDate day) {
        MunicipalityCode municipality = tenantContext.tenant().municipalityCode();
        return types.stream().sorted(DanishCollation.comparing(ElectionType::title))
                .map(t -> new ElectionTypeEligibility(t.id(), t.title(), t.rules(),
                        Eligibility.of(person, t.rules(), day, municipality, false)))
                .toList();
    }

    private LocalDate dayOr(LocalDate day) {
        return day != null ? day : LocalDate.ofInstant(clock.instant(), DENMARK);
    }

    /** A whole CPR number typed into the search (with or without the dash). */
    static Optional<CprNumber> wholeCprNumber(String text) {
        if (text == null || !text.matches("\\d{6}-?\\d{4}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(CprNumber.of(text));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    private String teamName(TeamId id) {
        return teams.findById(id).map(Team::name).orElse(id.toString());
    }

    private String locationTitle(WorkLocationId id) {
        return workLocations.findById(id).map(WorkLocation::title).orElse(id.toString());
    }

}
