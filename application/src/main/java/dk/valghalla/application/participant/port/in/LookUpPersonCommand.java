package dk.valghalla.application.participant.port.in;

import dk.valghalla.domain.shared.CprNumber;

import java.time.LocalDate;
import java.util.Objects;

/** @param day the day to judge eligibility for; null = today (Danish time) */
public record LookUpPersonCommand(CprNumber cpr, LocalDate day) {
    public LookUpPersonCommand {
        Objects.requireNonNull(cpr, "cpr");
    }
}
