package dk.valghalla.application.task.port.in;

public interface AcceptTaskUseCase {
    /** Records, on the person's behalf, the yes they gave the office. */
    TaskView acceptTaskOnBehalf(TaskVersionCommand command);
}
