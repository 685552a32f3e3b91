package io.communitypulse.simulator;

import java.util.Iterator;
import java.util.function.BooleanSupplier;

/** Feeds a simulation's records to a sink, paced in real time or as fast as the sink takes them. */
public final class SimulationRunner {

    private SimulationRunner() {}

    /**
     * @param pacer   null to send as fast as possible
     * @param stopped checked between records, to end an unbounded run cleanly
     */
    public static StreamSummary run(Iterator<TimedRecord> records, RecordSink sink, Pacer pacer,
                                    BooleanSupplier stopped) throws InterruptedException {
        StreamSummary summary = new StreamSummary();
        while (records.hasNext() && !stopped.getAsBoolean()) {
            TimedRecord record = records.next();
            if (pacer != null) {
                pacer.await(record.emitAt());
            }
            sink.accept(record);
            summary.count(record);
        }
        return summary;
    }
}
