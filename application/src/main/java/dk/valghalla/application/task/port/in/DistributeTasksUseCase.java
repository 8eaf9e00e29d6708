package dk.valghalla.application.task.port.in;

public interface DistributeTasksUseCase {
    /** Sets the slot's number of seats and answers with the slot as it now stands. */
    TaskSlotView distributeTasks(DistributeTasksCommand command);
}
