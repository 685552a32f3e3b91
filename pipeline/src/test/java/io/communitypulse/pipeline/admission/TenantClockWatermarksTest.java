package io.communitypulse.pipeline.admission;

import static io.communitypulse.pipeline.Fixtures.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.MessageType;
import io.communitypulse.events.SenderRole;
import io.communitypulse.pipeline.ingest.Ingested;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.junit.jupiter.api.Test;

class TenantClockWatermarksTest {

    private static final long IDLE = 30_000;
    private final AtomicLong processingTime = new AtomicLong(1_000_000);
    private final TenantClockWatermarks generator = new TenantClockWatermarks(5_000, IDLE, processingTime::get);
    private final List<Long> emitted = new ArrayList<>();
    private final WatermarkOutput output = new WatermarkOutput() {
        @Override
        public void emitWatermark(Watermark watermark) {
            emitted.add(watermark.getTimestamp());
        }

        @Override
        public void markIdle() {}

        @Override
        public void markActive() {}
    };

    @Test
    void aBrandDatedADayAheadDoesNotMoveTheClockOfTheOthers() {
        send("brand_x", Duration.ofDays(1));
        send("brand_x", Duration.ofDays(1).plusSeconds(1));
        send("brand_a", Duration.ofMinutes(0));
        send("brand_b", Duration.ofMinutes(1));
        send("brand_a", Duration.ofMinutes(2));

        assertThat(latest()).isEqualTo(millis(Duration.ofMinutes(2).minusSeconds(5)) - 1);
    }

    @Test
    void aLoneBrandIsTrustedOnlyAfterItHasBeenAloneForTheIdleness() {
        send("brand_x", Duration.ofDays(1));
        send("brand_a", Duration.ofMinutes(0));
        assertThat(emitted).isNotEmpty().allSatisfy(w -> assertThat(w).isLessThan(millis(Duration.ofMinutes(1))));

        TenantClockWatermarks alone = new TenantClockWatermarks(5_000, IDLE, processingTime::get);
        alone.onEvent(event("brand_a", Duration.ofMinutes(3)), 0, output);
        int before = emitted.size();
        processingTime.addAndGet(IDLE);
        alone.onPeriodicEmit(output);

        assertThat(emitted).hasSize(before + 1);
        assertThat(latest()).isEqualTo(millis(Duration.ofMinutes(3).minusSeconds(5)) - 1);
    }

    @Test
    void aBrandThatFallsSilentStopsHoldingTheOthersBack() {
        send("brand_a", Duration.ofMinutes(0));
        send("brand_b", Duration.ofMinutes(10));
        long held = latest();
        processingTime.addAndGet(IDLE / 2);
        send("brand_b", Duration.ofMinutes(11));

        processingTime.addAndGet(IDLE / 2 + 1);
        generator.onPeriodicEmit(output);

        assertThat(held).isLessThan(millis(Duration.ofMinutes(1)));
        assertThat(latest()).isEqualTo(millis(Duration.ofMinutes(11).minusSeconds(5)) - 1);
    }

    @Test
    void watermarksAreWholeSecondsEmittedByTheEventsThemselves() {
        send("brand_a", Duration.ofMillis(10_100));
        send("brand_b", Duration.ofMillis(10_200));
        send("brand_a", Duration.ofMillis(10_900));
        send("brand_b", Duration.ofMillis(12_400));
        send("brand_a", Duration.ofMillis(13_000));

        // 10.1 agreed → 5 s; 10.2 and 10.9 agreed stay within the 5th second; 12.4 agreed → 7 s
        assertThat(emitted).containsExactly(millis(Duration.ofSeconds(5)) - 1, millis(Duration.ofSeconds(7)) - 1);
    }

    private void send(String brand, Duration offset) {
        generator.onEvent(event(brand, offset), 0, output);
    }

    private static Ingested event(String brand, Duration offset) {
        ChatMessage message = new ChatMessage("e-" + brand + offset, brand, "g1", "u1", SenderRole.MEMBER,
                MessageType.TEXT, "hi", null, List.of(), BASE.plus(offset));
        return Ingested.accepted(message, 0);
    }

    private long latest() {
        return emitted.get(emitted.size() - 1);
    }

    private static long millis(Duration offset) {
        return BASE.plus(offset).toEpochMilli();
    }
}
