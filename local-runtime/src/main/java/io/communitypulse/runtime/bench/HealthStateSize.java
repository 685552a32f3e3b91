package io.communitypulse.runtime.bench;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.GroupSnapshot;
import io.communitypulse.events.MembershipChange;
import io.communitypulse.events.MembershipChangeKind;
import io.communitypulse.events.MessageType;
import io.communitypulse.events.SenderRole;
import io.communitypulse.events.SnapshotMember;
import io.communitypulse.events.alert.Alert;
import io.communitypulse.pipeline.community.ExitDetector;
import io.communitypulse.pipeline.community.ExitState;
import io.communitypulse.pipeline.community.GroupHealthDetector;
import io.communitypulse.pipeline.community.GroupHealthState;
import io.communitypulse.pipeline.community.GroupTick;
import io.communitypulse.pipeline.community.HealthSettings;
import io.communitypulse.pipeline.enrich.EnrichedMessage;
import io.communitypulse.pipeline.timeline.Detector;
import io.communitypulse.pipeline.timeline.DetectorOutput;
import io.communitypulse.pipeline.timeline.GroupEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.util.OutputTag;

/**
 * The bytes community health keeps per group, as Flink serialises them (what RocksDB and checkpoints
 * hold): a group of N members after eight days of a steady life (a tenth of its members speaking each
 * day, some replies, a join and a leave a day), fed through the detectors as the timeline feeds them.
 */
final class HealthStateSize {

    static final Instant START = Instant.parse("2026-11-15T16:00:00Z");

    /** The serialised bytes of both states of a group of {@code members}. */
    record Size(int members, int rosterBytes, int exitBytes) {}

    private HealthStateSize() {}

    static Size measure(int members) {
        GroupHealthDetector health = new GroupHealthDetector(HealthSettings.DEFAULT, Duration.ofMinutes(10));
        ExitDetector exits = new ExitDetector(HealthSettings.DEFAULT);
        GroupHealthState healthState = health.newState();
        ExitState exitState = exits.newState();
        for (GroupEvent event : life(members, new SplittableRandom(members))) {
            feed(health, healthState, event);
            feed(exits, exitState, event);
        }
        return new Size(members, bytes(health, healthState), bytes(exits, exitState));
    }

    private static <S> void feed(Detector<S> detector, S state, GroupEvent event) {
        long at = event.timeMillis();
        if (detector.nextWakeUp(state) <= at) {
            detector.onTime(state, at, Discard.INSTANCE);
        }
        detector.onEvent(state, event, Discard.INSTANCE);
    }

    private static <S> int bytes(Detector<S> detector, S state) {
        try {
            DataOutputSerializer out = new DataOutputSerializer(64 * 1024);
            TypeInformation<S> type = detector.stateType();
            type.createSerializer(new SerializerConfigImpl()).serialize(state, out);
            return out.length();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<GroupEvent> life(int members, SplittableRandom random) {
        List<GroupEvent> events = new ArrayList<>();
        List<SnapshotMember> listed = new ArrayList<>();
        listed.add(new SnapshotMember("s-bench-0", SenderRole.STAFF, START.minus(Duration.ofDays(400))));
        listed.add(new SnapshotMember("s-bench-1", SenderRole.STAFF, START.minus(Duration.ofDays(400))));
        listed.add(new SnapshotMember("bot-bench", SenderRole.BOT, START.minus(Duration.ofDays(400))));
        for (int i = 0; i < members; i++) {
            listed.add(new SnapshotMember(id(i), SenderRole.MEMBER, START.minus(Duration.ofDays(1 + random.nextInt(400)))));
        }
        events.add(GroupEvent.of(new GroupSnapshot("snap-bench", "brand", "g-bench", "测试群", "s-bench-0", listed, START)));
        int next = members;
        List<String> said = new ArrayList<>();
        for (int day = 0; day < 8; day++) {
            Instant midnight = START.plus(Duration.ofDays(day));
            for (int hour = 0; hour < 24; hour++) {
                events.add(GroupEvent.of(new GroupTick("brand", "g-bench", midnight.plus(Duration.ofHours(hour)).toEpochMilli())));
            }
            for (int speaker = 0; speaker < members / 10; speaker++) {
                String member = id(random.nextInt(members));
                for (int message = 0; message < 3; message++) {
                    Instant at = midnight.plus(Duration.ofMinutes(60 + random.nextInt(20 * 60)));
                    String replyTo = !said.isEmpty() && random.nextInt(3) == 0 ? said.get(random.nextInt(said.size())) : null;
                    String id = "m-" + day + "-" + speaker + "-" + message;
                    said.add(id);
                    events.add(GroupEvent.of(new EnrichedMessage(new ChatMessage(id, "brand", "g-bench", member, SenderRole.MEMBER,
                            MessageType.TEXT, "今天的福利领到了，谢谢", replyTo, List.of(), at), 0, "neutral", 0.5, "bench",
                            new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), null)));
                }
            }
            events.add(GroupEvent.of(new MembershipChange("j-" + day, "brand", "g-bench", id(next++), MembershipChangeKind.JOIN,
                    null, midnight.plus(Duration.ofHours(10)))));
            events.add(GroupEvent.of(new MembershipChange("l-" + day, "brand", "g-bench", id(random.nextInt(members)),
                    MembershipChangeKind.LEAVE, null, midnight.plus(Duration.ofHours(15)))));
        }
        events.sort(GroupEvent.IN_TIME_ORDER);
        return events;
    }

    private static String id(int member) {
        return String.format("wmXyZ%027d", member); // 32 characters, as WeCom's external_userid
    }

    /** Outputs are not what is measured. */
    private enum Discard implements DetectorOutput {
        INSTANCE;

        @Override
        public void alert(Alert alert) {}

        @Override
        public <T> void row(OutputTag<T> tag, T row) {}
    }
}
