package io.communitypulse.pipeline.timeline;

import io.communitypulse.events.alert.Alert;
import org.apache.flink.util.OutputTag;

/** Where a detector puts what it finds: alerts, and rows for the tables of its feature. */
public interface DetectorOutput {

    void alert(Alert alert);

    /** A row for the side output {@code tag}, which the job's wiring sends to its table. */
    <T> void row(OutputTag<T> tag, T row);
}
