package dk.valghalla.application.fakes;

import dk.valghalla.application.webcontent.port.out.ElectionActivity;

/** Whether an election is active, as the test sets it. */
public class SwitchableElectionActivity implements ElectionActivity {
    private boolean active;

    public void set(boolean active) {
        this.active = active;
    }

    @Override
    public boolean anyActiveElection() {
        return active;
    }
}
