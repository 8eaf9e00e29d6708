package dk.valghalla.adapter.rest.admin.participant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A CPR number to look up (in the body, never in a URL, so it ends up in no access log), and optionally the day to
 * judge eligibility for (default today).
 */
public record PersonLookupRequest(@NotBlank @Size(max = 11) String cpr, LocalDate day) {
}
