package dk.valghalla.adapter.rest.admin.participant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.Set;
import java.util.UUID;

/** The request bodies of {@link ParticipantResource}. */
public final class ParticipantRequests {
    private ParticipantRequests() {
    }

    /** A new participant from a CPR number: at least one team; mobile number, e-mail and special diets optional. */
    public record CreateParticipantRequest(@NotBlank @Size(max = 11) String cpr, @NotNull Set<@NotNull UUID> teamIds,
                                           @Size(max = 40) String mobile, @Size(max = 254) String email,
                                           Set<@NotNull UUID> specialDietIds) {
    }

    /** The details the office keeps, as edited from {@code version}; {@code teamIds} is the complete set. */
    public record ReviseParticipantRequest(@NotNull Set<@NotNull UUID> teamIds, @Size(max = 40) String mobile,
                                           @Size(max = 254) String email, Set<@NotNull UUID> specialDietIds,
                                           @NotNull @PositiveOrZero Long version) {
    }

    public record CommentRequest(@NotBlank @Size(max = 2000) String text) {
    }

    /** The complete set of rights: team responsible for {@code teamIds}, responsible for {@code workLocationIds}. */
    public record ResponsibilitiesRequest(@NotNull Set<@NotNull UUID> teamIds,
                                          @NotNull Set<@NotNull UUID> workLocationIds) {
    }

    /** The participants to delete at once and the typed confirmation word ("SLET", or "DELETE"). */
    public record BulkDeletionRequest(@NotNull @Size(min = 1, max = 1000) Set<@NotNull UUID> participantIds,
                                      @Size(max = 20) String confirmation) {
    }

    public record BulkDeletionPreviewRequest(@NotNull @Size(min = 1, max = 1000) Set<@NotNull UUID> participantIds) {
    }

    public record BulkDeletionResponse(int deleted) {
    }

    public record CprResponse(String cpr) {
    }
}
