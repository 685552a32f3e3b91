package io.communitypulse.pipeline.admission;

import io.communitypulse.pipeline.ingest.Ingested;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.SimpleCounter;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;

/**
 * Watermarks for one source split (a Kafka partition or a replayed file) that no single tenant's
 * clock can move. Each brand's clock is the latest event time it sent; the split's clock is the
 * latest time that at least two active brands have reached (the second-highest brand clock), or,
 * when one brand alone has been sending for {@code brandIdleness}, that brand's clock. A brand
 * running ahead of the others therefore waits for them instead of making their events late, and a
 * brand that falls silent stops holding the others back after {@code brandIdleness}.
 *
 * <p>Events more than {@code aheadMillis} ahead of the split's clock are counted in the metric
 * {@value #AHEAD_METRIC}: a brand whose clock runs ahead of the others shows there.
 *
 * <p>The watermark is {@code clock - outOfOrderness}, in whole seconds, and is emitted as soon as an
 * event raises it: a replayed file gets the same watermarks at the same records on every run.
 */
public final class TenantClockWatermarks implements WatermarkGenerator<Ingested> {

    static final long STEP_MILLIS = 1_000;
    public static final String AHEAD_METRIC = "eventsAheadOfStreamClock";

    private final long outOfOrdernessMillis;
    private final long brandIdlenessMillis;
    private final long aheadMillis;
    private final LongSupplier processingClock;
    private final Counter eventsAhead;
    private final Map<String, BrandClock> brands = new HashMap<>();
    private String firstBrand;
    private long firstTime = Long.MIN_VALUE;
    private String secondBrand;
    private long secondTime = Long.MIN_VALUE;
    private long aloneSince = -1;
    private long emitted = Long.MIN_VALUE;

    public TenantClockWatermarks(long outOfOrdernessMillis, long brandIdlenessMillis, long aheadMillis,
                                 LongSupplier processingClock, Counter eventsAhead) {
        this.outOfOrdernessMillis = outOfOrdernessMillis;
        this.brandIdlenessMillis = brandIdlenessMillis;
        this.aheadMillis = aheadMillis;
        this.processingClock = processingClock;
        this.eventsAhead = eventsAhead;
    }

    /** For tests: no metric. */
    TenantClockWatermarks(long outOfOrdernessMillis, long brandIdlenessMillis, LongSupplier processingClock) {
        this(outOfOrdernessMillis, brandIdlenessMillis, Long.MAX_VALUE / 4, processingClock, new SimpleCounter());
    }

    private static final class BrandClock {
        long latestEventTime = Long.MIN_VALUE;
        long lastSeen;
    }

    @Override
    public void onEvent(Ingested record, long timestamp, WatermarkOutput output) {
        if (!record.isEvent()) {
            return;
        }
        long now = processingClock.getAsLong();
        String brand = record.brandId();
        BrandClock clock = brands.get(brand);
        if (clock == null) {
            clock = new BrandClock();
            brands.put(brand, clock);
            aloneSince = brands.size() == 1 ? now : -1;
        }
        clock.lastSeen = now;
        if (record.eventTimeMillis > clock.latestEventTime) {
            clock.latestEventTime = record.eventTimeMillis;
            raise(brand, record.eventTimeMillis);
        }
        long agreed = clock(now);
        if (agreed != Long.MIN_VALUE && record.eventTimeMillis > agreed + aheadMillis) {
            eventsAhead.inc();
        }
        emitIfRaised(output, now);
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        long now = processingClock.getAsLong();
        if (brands.values().removeIf(clock -> now - clock.lastSeen > brandIdlenessMillis)) {
            rankAgain(now);
        }
        emitIfRaised(output, now);
    }

    /** Keeps the two highest brand clocks up to date; clocks only grow between re-rankings. */
    private void raise(String brand, long time) {
        if (brand.equals(firstBrand)) {
            firstTime = time;
        } else if (time > firstTime) {
            secondBrand = firstBrand;
            secondTime = firstTime;
            firstBrand = brand;
            firstTime = time;
        } else if (time > secondTime) {
            secondBrand = brand;
            secondTime = time;
        }
    }

    private void rankAgain(long now) {
        firstBrand = null;
        secondBrand = null;
        firstTime = Long.MIN_VALUE;
        secondTime = Long.MIN_VALUE;
        brands.forEach((brand, clock) -> raise(brand, clock.latestEventTime));
        // the brand left alone was already sending beside the one that fell silent: trust it at once
        aloneSince = brands.size() == 1 ? now - brandIdlenessMillis : -1;
    }

    /** The split's clock: agreed by two brands, or one brand's once it has been alone long enough. */
    private long clock(long now) {
        if (brands.size() >= 2) {
            return secondTime;
        }
        boolean aloneLongEnough = aloneSince >= 0 && now - aloneSince >= brandIdlenessMillis;
        return aloneLongEnough ? firstTime : Long.MIN_VALUE;
    }

    private void emitIfRaised(WatermarkOutput output, long now) {
        long clock = clock(now);
        if (clock == Long.MIN_VALUE) {
            return;
        }
        long watermark = Math.floorDiv(clock - outOfOrdernessMillis, STEP_MILLIS) * STEP_MILLIS - 1;
        if (watermark > emitted) {
            emitted = watermark;
            output.emitWatermark(new Watermark(watermark));
        }
    }
}
