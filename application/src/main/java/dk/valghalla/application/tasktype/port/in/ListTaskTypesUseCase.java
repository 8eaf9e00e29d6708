package dk.valghalla.application.tasktype.port.in;

import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.SearchQuery;
import dk.valghalla.domain.tasktype.TaskType;

public interface ListTaskTypesUseCase {
    /** The task types whose title or short name contains the text, in Danish alphabetical order of the title. */
    Page<TaskType> listTaskTypes(SearchQuery query);
}
