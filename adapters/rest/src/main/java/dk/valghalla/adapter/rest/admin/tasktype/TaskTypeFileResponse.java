package dk.valghalla.adapter.rest.admin.tasktype;

import dk.valghalla.domain.file.StoredFile;

import java.util.UUID;

/** A file attached to a task type; its content is at {@code /api/admin/task-types/{taskTypeId}/files/{id}}. */
public record TaskTypeFileResponse(UUID id, String name, String contentType, long size) {
    static TaskTypeFileResponse from(StoredFile file) {
        return new TaskTypeFileResponse(file.id().value(), file.name(), file.contentType(), file.size());
    }
}
