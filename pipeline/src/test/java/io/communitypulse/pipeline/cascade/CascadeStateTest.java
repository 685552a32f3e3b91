package io.communitypulse.pipeline.cascade;

import static io.communitypulse.pipeline.Fixtures.complaint;
import static io.communitypulse.pipeline.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/** The tracker as Flink keeps and copies it: order of members and cues survives, so alerts read the same after a restore. */
class CascadeStateTest {

    private final TypeSerializer<CascadeTracker> serializer =
            TypeInformation.of(CascadeTracker.class).createSerializer(new SerializerConfigImpl());

    @Test
    void copyingAndRestoringKeepsTheOrderInWhichMembersJoined() throws Exception {
        CascadeTracker tracker = new CascadeTracker();
        List<String> members = List.of("u-09", "u-01", "u-17", "u-05", "u-13", "u-02", "u-11");
        for (int i = 0; i < members.size(); i++) {
            var message = complaint("m" + i, members.get(i), "sku-1", "quality", minutes(i));
            tracker.accept(message.message(), new ComplaintReading().read(tracker, message), CascadeRule.DEFAULT);
        }

        CascadeTracker copied = serializer.copy(tracker);
        DataOutputSerializer out = new DataOutputSerializer(256);
        serializer.serialize(tracker, out);
        CascadeTracker restored = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

        for (CascadeTracker state : List.of(copied, restored)) {
            assertThat(state.episodes.get("product:sku-1").members).containsExactlyElementsOf(members);
        }
    }
}
