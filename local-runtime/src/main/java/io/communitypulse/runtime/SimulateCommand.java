package io.communitypulse.runtime;

import io.communitypulse.simulator.SimulatorMain;

/** {@code ./pulse simulate}: the traffic simulator's own command line. */
final class SimulateCommand {

    private SimulateCommand() {}

    static void run(String[] args) throws Exception {
        SimulatorMain.main(args);
    }
}
