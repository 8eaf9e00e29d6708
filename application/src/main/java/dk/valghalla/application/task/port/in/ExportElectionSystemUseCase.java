package dk.valghalla.application.task.port.in;

import java.util.List;

public interface ExportElectionSystemUseCase {
    /**
     * The rows of the export to the national election system, by voting area, work location, day, task type and name.
     * Whole CPR numbers leave the system here, so the export is audited.
     */
    List<ElectionSystemRow> exportElectionSystem(ExportElectionSystemQuery query);
}
