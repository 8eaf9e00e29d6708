package dk.valghalla.application.tasktype.port.in;

import dk.valghalla.domain.file.StoredFile;

public interface AttachTaskTypeFileUseCase {
    StoredFile attachTaskTypeFile(AttachTaskTypeFileCommand command);
}
