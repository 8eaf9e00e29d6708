package dk.valghalla.domain.participant;

import dk.valghalla.domain.electiontype.EligibilityRule;
import dk.valghalla.domain.shared.Consequence;
import dk.valghalla.domain.shared.Consequences;
import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.tenant.MunicipalityCode;
import dk.valghalla.domain.worklocation.WorkLocationId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A participant (<i>deltager</i>): a person identified by CPR number who may staff elections. Created by the election
 * office from a CPR look-up (later also by the person's own sign-up). It keeps:
 * <ul>
 *   <li>the CPR number sealed ({@link SealedCpr}), never in clear;</li>
 *   <li>the last known data from the CPR register with the time it was fetched ({@link PersonSnapshot});</li>
 *   <li>contact details (mobile number, e-mail), special diets, and the teams it belongs to (at least one);</li>
 *   <li>the rights granted to it: team responsible (<i>teamansvarlig</i>) and work-location responsible
 *       (<i>arbejdsstedsansvarlig</i>), as references;</li>
 *   <li>the comments (<i>kommentarer</i>) of the election office, newest first.</li>
 * </ul>
 * One participant per CPR number per municipality.
 */
public final class Participant {
    private final ParticipantId id;
    private final SealedCpr cpr;
    private PersonSnapshot person;
    private MobileNumber mobile;
    private EmailAddress email;
    private Set<SpecialDietId> specialDiets;
    private Set<TeamId> teams;
    private Set<TeamId> responsibleForTeams;
    private Set<WorkLocationId> responsibleForWorkLocations;
    private final List<ParticipantComment> comments;
    private final Instant createdAt;
    private final long version;

    private Participant(ParticipantId id, SealedCpr cpr, PersonSnapshot person, MobileNumber mobile, EmailAddress email,
                        Set<SpecialDietId> specialDiets, Set<TeamId> teams, Set<TeamId> responsibleForTeams,
                        Set<WorkLocationId> responsibleForWorkLocations, List<ParticipantComment> comments,
                        Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.cpr = Objects.requireNonNull(cpr, "cpr");
        this.person = Objects.requireNonNull(person, "person");
        this.mobile = mobile;
        this.email = email;
        this.specialDiets = copy(specialDiets);
        this.teams = requireTeams(teams);
        this.responsibleForTeams = copy(responsibleForTeams);
        this.responsibleForWorkLocations = copy(responsibleForWorkLocations);
        this.comments = new ArrayList<>(comments == null ? List.of() : comments);
        this.comments.sort(Comparator.comparing(ParticipantComment::writtenAt).reversed());
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = version;
    }

    /** A new participant from a CPR look-up; it must belong to at least one team. */
    public static Participant create(SealedCpr cpr, PersonSnapshot person, Set<TeamId> teams, MobileNumber mobile,
                                     EmailAddress email, Set<SpecialDietId> specialDiets, Instant now) {
        return new Participant(ParticipantId.newId(), cpr, person, mobile, email, specialDiets, teams, Set.of(), Set.of(),
                List.of(), now, 0);
    }

    public static Participant reconstitute(ParticipantId id, SealedCpr cpr, PersonSnapshot person, MobileNumber mobile,
                                           EmailAddress email, Set<SpecialDietId> specialDiets, Set<TeamId> teams,
                                           Set<TeamId> responsibleForTeams,
                                           Set<WorkLocationId> responsibleForWorkLocations,
                                           List<ParticipantComment> comments, Instant createdAt, long version) {
        return new Participant(id, cpr, person, mobile, email, specialDiets, teams, responsibleForTeams,
                responsibleForWorkLocations, comments, createdAt, version);
    }

    /**
     * Sets the details the election office keeps: contact, special diets and teams (at least one). A team in which the
     * participant holds an accepted task stays: the party counts on that seat.
     *
     * @param teamsWithAcceptedTasks the teams of the seats the participant has accepted
     */
    public void revise(MobileNumber newMobile, EmailAddress newEmail, Set<SpecialDietId> newSpecialDiets,
                       Set<TeamId> newTeams, Set<TeamId> teamsWithAcceptedTasks) {
        Set<TeamId> checked = requireTeams(newTeams);
        for (TeamId team : teamsWithAcceptedTasks) {
            if (teams.contains(team) && !checked.contains(team)) {
                throw new ParticipantTeamHasAcceptedTaskException(id, team);
            }
        }
        this.teams = checked;
        this.mobile = newMobile;
        this.email = newEmail;
        this.specialDiets = copy(newSpecialDiets);
    }

    /** Makes the participant a member of the team (a seat of the team was given to it); false if it already was. */
    public boolean joinTeam(TeamId team) {
        Objects.requireNonNull(team, "team");
        if (teams.contains(team)) {
            return false;
        }
        Set<TeamId> more = new HashSet<>(teams);
        more.add(team);
        this.teams = Set.copyOf(more);
        return true;
    }

    /** Replaces the responsibilities by the given ones and tells what was granted and what revoked. */
    public ResponsibilityChanges assignResponsibilities(Set<TeamId> forTeams, Set<WorkLocationId> forWorkLocations) {
        Set<TeamId> newTeams = copy(forTeams);
        Set<WorkLocationId> newLocations = copy(forWorkLocations);
        ResponsibilityChanges changes = new ResponsibilityChanges(minus(newTeams, responsibleForTeams),
                minus(responsibleForTeams, newTeams), minus(newLocations, responsibleForWorkLocations),
                minus(responsibleForWorkLocations, newLocations));
        this.responsibleForTeams = newTeams;
        this.responsibleForWorkLocations = newLocations;
        return changes;
    }

    /** Takes newer data from the CPR register; older data (a late answer) is ignored. */
    public void refreshPerson(PersonSnapshot fresh) {
        if (!fresh.fetchedAt().isBefore(person.fetchedAt())) {
            this.person = fresh;
        }
    }

    /**
     * Whether the participant may serve under an election type's rules on a day, judged on the last known CPR data.
     */
    public Eligibility eligibility(Set<EligibilityRule> rules, LocalDate day, MunicipalityCode municipality) {
        return eligibility(rules, day, municipality, false);
    }

    /** As {@link #eligibility(Set, LocalDate, MunicipalityCode)}, for a task type that may waive all but "alive". */
    public Eligibility eligibility(Set<EligibilityRule> rules, LocalDate day, MunicipalityCode municipality,
                                  boolean validationWaived) {
        return Eligibility.of(person, rules, day, municipality, validationWaived);
    }

    /**
     * What deleting the participant would do. Nothing forbids it; the office is warned when rights go with it and when
     * the seats the participant holds will be freed.
     *
     * @param tasksHeld the seats the participant holds (awaiting the answer or accepted)
     */
    public Consequences consequencesOfDeletion(long tasksHeld) {
        List<Consequence> warnings = new ArrayList<>();
        if (tasksHeld > 0) {
            warnings.add(Consequence.of("participant.holds_tasks", "count", tasksHeld));
        }
        if (!responsibleForTeams.isEmpty()) {
            warnings.add(Consequence.of("participant.team_responsible", "count", responsibleForTeams.size()));
        }
        if (!responsibleForWorkLocations.isEmpty()) {
            warnings.add(Consequence.of("participant.work_location_responsible", "count",
                    responsibleForWorkLocations.size()));
        }
        return new Consequences(List.of(), warnings);
    }

    public Optional<ParticipantComment> comment(CommentId commentId) {
        return comments.stream().filter(c -> c.id().equals(commentId)).findFirst();
    }

    private static Set<TeamId> requireTeams(Set<TeamId> teams) {
        if (teams == null || teams.isEmpty()) {
            throw new InvalidValueException("teamIds", "participant.team_required",
                    "A participant belongs to at least one team");
        }
        return Set.copyOf(teams);
    }

    private static <T> Set<T> copy(Set<T> set) {
        return set == null ? Set.of() : Set.copyOf(set);
    }

    private static <T> Set<T> minus(Set<T> a, Set<T> b) {
        Set<T> result = new HashSet<>(a);
        result.removeAll(b);
        return result;
    }

    public ParticipantId id() {
        return id;
    }

    public SealedCpr cpr() {
        return cpr;
    }

    public PersonSnapshot person() {
        return person;
    }

    /** "First Middle Last" as the CPR register has it. */
    public String name() {
        return person.name().fullName();
    }

    /** "Anne Marie Jensen (010190-XXXX)": who it is, for the audit log, without the whole CPR number. */
    public String auditLabel() {
        return name() + " (" + cpr.masked() + ")";
    }

    public Optional<MobileNumber> mobile() {
        return Optional.ofNullable(mobile);
    }

    public Optional<EmailAddress> email() {
        return Optional.ofNullable(email);
    }

    public Set<SpecialDietId> specialDiets() {
        return specialDiets;
    }

    public Set<TeamId> teams() {
        return teams;
    }

    public Set<TeamId> responsibleForTeams() {
        return responsibleForTeams;
    }

    public Set<WorkLocationId> responsibleForWorkLocations() {
        return responsibleForWorkLocations;
    }

    /** Newest first. */
    public List<ParticipantComment> comments() {
        return List.copyOf(comments);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    /** Never the name or the full CPR number: a participant may end up in a log line. */
    @Override
    public String toString() {
        return "Participant[" + id + ", " + cpr.masked() + "]";
    }
}
