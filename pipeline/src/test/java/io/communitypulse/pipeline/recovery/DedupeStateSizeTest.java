package io.communitypulse.pipeline.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.pipeline.admission.DeduplicateFunction;
import io.communitypulse.simulator.Simulation;
import io.communitypulse.simulator.SimulatorConfig;
import io.communitypulse.simulator.TimedRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.state.storage.FileSystemCheckpointStorage;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The measurement behind the checkpoint sizing in docs/operations.md: the deduplication state of the
 * simulator's own events, as a checkpoint writes it. If an id's share grows, the sizing there is stale.
 */
class DedupeStateSizeTest {

    private static final int IDS = 100_000;

    @TempDir
    Path checkpoints;

    @Test
    void anHourOfEventIdsAtThreeHundredPerSecondIsTensOfMegabytes() throws Exception {
        // Given the deduplication of one hour, fed the first 100,000 chat messages of a 300 events/s simulation
        var harness = new KeyedOneInputStreamOperatorTestHarness<String, ChatMessage, ChatMessage>(
                new KeyedProcessOperator<>(new DeduplicateFunction<ChatMessage>(Duration.ofHours(1), "chat")),
                DeduplicateFunction::key, Types.STRING);
        // the checkpoint storage the job now uses: Flink's default refuses this state (7.3 MB against its 5 MB)
        harness.setCheckpointStorage(new FileSystemCheckpointStorage(checkpoints.toUri()));
        harness.open();
        Iterator<TimedRecord> records = Simulation.create(SimulatorConfig.defaults().withRate(300).withGroups(2000)
                .withDisorder(0, 0).withDuration(Duration.ofHours(1))).records();
        int sent = 0;
        while (sent < IDS) {
            if (records.next() instanceof TimedRecord.Event e && e.event() instanceof ChatMessage message) {
                harness.processElement(new StreamRecord<>(message, message.sentAt().toEpochMilli()));
                sent++;
            }
        }

        // When a checkpoint is taken
        OperatorSubtaskState snapshot = harness.snapshot(1, 1);
        harness.close();

        // Then every id is held, at a cost per id that puts an hour (1.08 million ids) well over the 5 MB that
        // Flink's default JobManager checkpoint storage accepts
        assertThat(harness.numKeyedStateEntries()).isEqualTo(IDS);
        long bytesPerId = snapshot.getStateSize() / IDS;
        // measured: 7,348,217 bytes for 100,000 ids, 73 bytes per id
        assertThat(bytesPerId).as("%,d bytes for %,d ids", snapshot.getStateSize(), IDS).isBetween(60L, 90L);
        assertThat(bytesPerId * 300 * 3600).isGreaterThan(5L * 1024 * 1024 * 8);
    }
}
