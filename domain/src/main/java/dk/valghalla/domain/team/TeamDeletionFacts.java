package dk.valghalla.domain.team;

/**
 * What the storage knows about a team that decides whether it may be deleted (inventory §2.8).
 *
 * @param activeElections         how many active elections contain a work location at which the team works
 * @param workLocations           at how many work locations the team works (it is removed from them: a warning)
 * @param membersWithoutOtherTeam how many members belong to no other team: deleting would leave them without any
 *                                team, which a participant may never be (a blocker)
 * @param members                 how many participants belong to the team (they leave it: a warning)
 * @param seats                   how many seats (tasks) of any election are the team's (a blocker: count them down
 *                                first)
 */
public record TeamDeletionFacts(long activeElections, long workLocations, long membersWithoutOtherTeam, long members,
                                long seats) {
    /** A team without members or seats. */
    public TeamDeletionFacts(long activeElections, long workLocations) {
        this(activeElections, workLocations, 0, 0, 0);
    }

    /** A team without seats. */
    public TeamDeletionFacts(long activeElections, long workLocations, long membersWithoutOtherTeam, long members) {
        this(activeElections, workLocations, membersWithoutOtherTeam, members, 0);
    }
}
