package dk.valghalla.application.tasktype.port.out;

/** How large, and how many, the files attached to one task type may be (configuration). */
public interface TaskTypeFileLimits {
    long maxFileBytes();

    int maxFilesPerTaskType();
}
