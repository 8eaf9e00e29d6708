package dk.valghalla.adapter.rest.admin.participant;

import dk.valghalla.domain.participant.EmailAddress;
import dk.valghalla.domain.participant.MobileNumber;
import dk.valghalla.domain.participant.Participant;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.team.TeamId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A participant in a list: masked CPR number only; the protected-address flag always included. */
public record ParticipantListItemResponse(UUID id, String name, String cprMasked, String mobile, String email,
                                          List<UUID> teamIds, List<UUID> specialDietIds, String digitalPost,
                                          boolean addressProtected, boolean alive, Instant cprFetchedAt, long version) {
    static ParticipantListItemResponse from(Participant p) {
        return new ParticipantListItemResponse(p.id().value(), p.name(), p.cpr().masked(),
                p.mobile().map(MobileNumber::digits).orElse(null), p.email().map(EmailAddress::value).orElse(null),
                p.teams().stream().map(TeamId::value).sorted().toList(),
                p.specialDiets().stream().map(SpecialDietId::value).sorted().toList(),
                p.person().digitalPost().name(), p.person().addressProtected(), p.person().isAlive(),
                p.person().fetchedAt(), p.version());
    }
}
