package dk.valghalla.application.task.port.in;

import dk.valghalla.domain.shared.CprNumber;

import java.time.LocalDate;

/**
 * One accepted seat as the national election system (KMD Valg, "Valg Central") takes it in: who serves, with which
 * task type, in which voting area (<i>afstemningsområde</i>, the work location's number).
 *
 * @param votingArea null when the work location has no voting-area number
 */
public record ElectionSystemRow(Integer votingArea, String workLocation, LocalDate taskDate, String taskType,
                                String name, LocalDate birthDate, CprNumber cpr, boolean addressProtected) {
}
