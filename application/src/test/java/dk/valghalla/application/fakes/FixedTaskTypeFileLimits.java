package dk.valghalla.application.fakes;

import dk.valghalla.application.tasktype.port.out.TaskTypeFileLimits;

public record FixedTaskTypeFileLimits(long maxFileBytes, int maxFilesPerTaskType) implements TaskTypeFileLimits {
}
