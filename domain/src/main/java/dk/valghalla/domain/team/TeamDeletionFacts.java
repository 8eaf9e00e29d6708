package dk.valghalla.domain.team;

/**
 * What the storage knows about a team that decides whether it may be deleted (inventory §2.8).
 *
 * <p>The second guard of §2.8, "no member may be left without any team", needs the participants, which do not exist
 * yet. The participant work adds a field here ({@code membersWithoutOtherTeam}) with its blocker in
 * {@link Team#consequencesOfDeletion} and {@link Team#ensureDeletable}; the callers already pass this one object, so
 * they do not change shape.
 *
 * @param activeElections how many active elections contain a work location at which the team works
 * @param workLocations   at how many work locations the team works (it is removed from them: a warning)
 */
public record TeamDeletionFacts(long activeElections, long workLocations) {
}
