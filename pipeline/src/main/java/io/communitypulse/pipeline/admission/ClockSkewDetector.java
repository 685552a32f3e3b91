package io.communitypulse.pipeline.admission;

import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertEvidence;
import io.communitypulse.events.alert.AlertState;
import io.communitypulse.events.alert.AlertType;
import io.communitypulse.pipeline.alerts.AlertDetails;
import io.communitypulse.pipeline.alerts.AlertIds;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The system's own alert about a producer: keyed by brand, it raises {@code clock_skew} when the
 * brand's events arrive dated beyond the allowed clock skew (they were set aside as
 * {@code future_time}), and revises it at the 10th, 100th, 1000th... such event. An hour without
 * one ends the episode and clears the state.
 */
public final class ClockSkewDetector extends KeyedProcessFunction<String, ClockReading, Alert> {

    private static final long serialVersionUID = 1L;
    static final Duration QUIET = Duration.ofHours(1);

    private final long maxSkewMillis;
    private transient ValueState<ClockSkewEpisode> episode;

    public ClockSkewDetector(Duration maxClockSkew) {
        this.maxSkewMillis = maxClockSkew.toMillis();
    }

    /** The type's own fields in {@code details}. */
    record Details(long records, long maxLeadSeconds, long maxClockSkewSeconds) {}

    @Override
    public void open(OpenContext openContext) {
        episode = getRuntimeContext().getState(new ValueStateDescriptor<>("clock-skew", ClockSkewEpisode.class));
    }

    @Override
    public void processElement(ClockReading reading, Context context, Collector<Alert> out) throws Exception {
        ClockSkewEpisode current = episode.value();
        if (current == null || current.isOverAt(reading.arrivedAtMillis(), QUIET.toMillis())) {
            current = ClockSkewEpisode.startingWith(reading);
        }
        if (current.add(reading)) {
            out.collect(alertFor(reading.brandId(), current));
        }
        episode.update(current);
        context.timerService().registerProcessingTimeTimer(current.lastArrivalMillis + QUIET.toMillis());
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<Alert> out) throws Exception {
        ClockSkewEpisode current = episode.value();
        if (current != null && current.isOverAt(timestamp, QUIET.toMillis() - 1)) {
            episode.clear();
        }
    }

    Alert alertFor(String brandId, ClockSkewEpisode skew) {
        String lead = describe(skew.maxLeadMillis);
        String summary = "品牌 " + brandId + " 有 " + skew.records + " 条事件的时间比到达时超前（最多 " + lead
                + "），已存入 dead_letters（future_time） | " + skew.records + " events of brand " + brandId
                + " were dated up to " + lead + " ahead of their arrival and set aside in dead_letters (future_time):"
                + " fix the producer's clock, then replay them";
        List<AlertEvidence> evidence = skew.evidence.stream()
                .map(r -> new AlertEvidence(r.recordKey(), "dated " + Instant.ofEpochMilli(r.eventTimeMillis())
                        + ", " + describe(r.leadMillis()) + " ahead of its arrival", "", Instant.ofEpochMilli(r.arrivedAtMillis())))
                .toList();
        Instant first = Instant.ofEpochMilli(skew.firstArrivalMillis);
        return new Alert(AlertIds.of(AlertType.CLOCK_SKEW, brandId, Long.toString(skew.firstArrivalMillis)),
                skew.revision, AlertType.CLOCK_SKEW.wireName(), brandId, "", severity(skew.records),
                skew.revision == 1 ? AlertState.OPEN : AlertState.GROWING, "producer", brandId, summary, first,
                Instant.ofEpochMilli(skew.lastArrivalMillis), first, List.of(), 0, evidence, List.of(), List.of(),
                AlertDetails.json(new Details(skew.records, skew.maxLeadMillis / 1000, maxSkewMillis / 1000)),
                List.of(), "");
    }

    /** Events are being set aside: 5 for the first, one more per tenfold, up to 8. */
    static int severity(long records) {
        return (int) Math.min(8, 5 + Math.floor(Math.log10(records)));
    }

    static String describe(long millis) {
        long minutes = millis / 60_000;
        return minutes >= 120 ? minutes / 60 + " h" : minutes >= 1 ? minutes + " min" : millis / 1000 + " s";
    }
}
