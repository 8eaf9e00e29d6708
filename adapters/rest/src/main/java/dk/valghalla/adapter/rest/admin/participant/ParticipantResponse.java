package dk.valghalla.adapter.rest.admin.participant;

import dk.valghalla.domain.participant.EmailAddress;
import dk.valghalla.domain.participant.MobileNumber;
import dk.valghalla.domain.participant.Participant;
import dk.valghalla.domain.participant.ParticipantComment;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.tenant.MunicipalityCode;
import dk.valghalla.domain.worklocation.WorkLocationId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A participant's profile: the last known CPR data with its age, contact, diets, teams, rights and comments. */
public record ParticipantResponse(UUID id, String cprMasked, PersonResponse person, String mobile, String email,
                                  List<UUID> specialDietIds, List<UUID> teamIds, List<UUID> responsibleTeamIds,
                                  List<UUID> responsibleWorkLocationIds, List<CommentResponse> comments,
                                  Instant createdAt, long version) {
    public record CommentResponse(UUID id, String authorName, Instant writtenAt, String text) {
        static CommentResponse from(ParticipantComment c) {
            return new CommentResponse(c.id().value(), c.authorName(), c.writtenAt(), c.text());
        }
    }

    static ParticipantResponse from(Participant p, LocalDate today, MunicipalityCode municipality) {
        var person = p.person();
        return new ParticipantResponse(p.id().value(), p.cpr().masked(),
                PersonResponse.from(person, person.name(), person.addressProtected(), person.digitalPost().name(),
                        person.fetchedAt(), today, municipality),
                p.mobile().map(MobileNumber::digits).orElse(null), p.email().map(EmailAddress::value).orElse(null),
                p.specialDiets().stream().map(SpecialDietId::value).sorted().toList(),
                p.teams().stream().map(TeamId::value).sorted().toList(),
                p.responsibleForTeams().stream().map(TeamId::value).sorted().toList(),
                p.responsibleForWorkLocations().stream().map(WorkLocationId::value).sorted().toList(),
                p.comments().stream().map(CommentResponse::from).toList(), p.createdAt(), p.version());
    }
}
