package io.communitypulse.pipeline.admission;

import io.communitypulse.pipeline.ingest.Ingested;

/**
 * An event a producer dated too far ahead of the pipeline's clock, set aside as
 * {@code future_time}: what the clock-skew detector turns into an alert about that producer.
 */
public record ClockReading(String brandId, String recordKey, long eventTimeMillis, long arrivedAtMillis) {

    public static ClockReading of(Ingested futureRecord) {
        return new ClockReading(futureRecord.brandId(), futureRecord.rejected.recordKey(), futureRecord.eventTimeMillis,
                futureRecord.arrivedAtMillis);
    }

    public long leadMillis() {
        return eventTimeMillis - arrivedAtMillis;
    }
}
