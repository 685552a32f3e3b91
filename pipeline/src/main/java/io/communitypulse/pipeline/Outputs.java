package io.communitypulse.pipeline;

import io.communitypulse.events.GroupSnapshot;
import io.communitypulse.events.OrderEvent;
import io.communitypulse.pipeline.activity.GroupActivityMinute;
import io.communitypulse.pipeline.community.GroupHealthDay;
import io.communitypulse.pipeline.community.GroupMemberRow;
import io.communitypulse.events.alert.Alert;
import io.communitypulse.pipeline.enrich.EnrichedMessage;
import io.communitypulse.pipeline.incident.IncidentRow;
import io.communitypulse.pipeline.ingest.DeadLetter;
import org.apache.flink.streaming.api.datastream.DataStream;

/** Where each of the job's results goes. Production writes them to ClickHouse (and alerts to Kafka). */
public interface Outputs {

    void messages(DataStream<EnrichedMessage> messages);

    void activity(DataStream<GroupActivityMinute> minutes);

    void orders(DataStream<OrderEvent> orders);

    void alerts(DataStream<Alert> alerts);

    void incidents(DataStream<IncidentRow> incidents);

    void deadLetters(DataStream<DeadLetter> deadLetters);

    /** Group snapshots as they came: who WeCom listed in each group, and when. */
    void groupSnapshots(DataStream<GroupSnapshot> snapshots);

    /** Each group's health per day, rewritten as the day goes. */
    void groupHealth(DataStream<GroupHealthDay> days);

    /** The rosters: a row per person and group whenever what is known of them changes. */
    void groupMembers(DataStream<GroupMemberRow> members);
}
