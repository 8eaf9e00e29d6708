package dk.valghalla.bootstrap;

import dk.valghalla.application.tasktype.port.out.TaskTypeFileLimits;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The limits on files attached to a task type, from {@code valghalla.task-types.files.max-size} (default 10M) and
 * {@code valghalla.task-types.files.max-count} (default 10). {@code quarkus.http.limits.max-body-size} must stay a
 * little above the size limit, so that an oversized file gets the clear {@code file.too_large} answer.
 */
@ApplicationScoped
public class ConfiguredTaskTypeFileLimits implements TaskTypeFileLimits {
    private final long maxFileBytes;
    private final int maxFiles;

    public ConfiguredTaskTypeFileLimits(
            @ConfigProperty(name = "valghalla.task-types.files.max-size", defaultValue = "10M") MemorySize maxSize,
            @ConfigProperty(name = "valghalla.task-types.files.max-count", defaultValue = "10") int maxFiles) {
        this.maxFileBytes = maxSize.asLongValue();
        this.maxFiles = maxFiles;
    }

    @Override
    public long maxFileBytes() {
        return maxFileBytes;
    }

    @Override
    public int maxFilesPerTaskType() {
        return maxFiles;
    }
}
