package io.communitypulse.runtime.bench;

import io.communitypulse.events.GroupSnapshot;
import io.communitypulse.events.OrderEvent;
import io.communitypulse.events.alert.Alert;
import io.communitypulse.pipeline.Outputs;
import io.communitypulse.pipeline.activity.GroupActivityMinute;
import io.communitypulse.pipeline.community.GroupHealthDay;
import io.communitypulse.pipeline.community.GroupMemberRow;
import io.communitypulse.pipeline.enrich.EnrichedMessage;
import io.communitypulse.pipeline.incident.IncidentRow;
import io.communitypulse.pipeline.ingest.DeadLetter;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/** Every result computed and dropped: what the job's own work costs, without ClickHouse's. */
final class DiscardingOutputs implements Outputs {

    @Override
    public void messages(DataStream<EnrichedMessage> messages) {
        messages.sinkTo(new DiscardingSink<>()).name("discard-messages");
    }

    @Override
    public void activity(DataStream<GroupActivityMinute> minutes) {
        minutes.sinkTo(new DiscardingSink<>()).name("discard-activity");
    }

    @Override
    public void orders(DataStream<OrderEvent> orders) {
        orders.sinkTo(new DiscardingSink<>()).name("discard-orders");
    }

    @Override
    public void alerts(DataStream<Alert> alerts) {
        alerts.sinkTo(new DiscardingSink<>()).name("discard-alerts");
    }

    @Override
    public void incidents(DataStream<IncidentRow> incidents) {
        incidents.sinkTo(new DiscardingSink<>()).name("discard-incidents");
    }

    @Override
    public void deadLetters(DataStream<DeadLetter> deadLetters) {
        deadLetters.sinkTo(new DiscardingSink<>()).name("discard-dead-letters");
    }

    @Override
    public void groupSnapshots(DataStream<GroupSnapshot> snapshots) {
        snapshots.sinkTo(new DiscardingSink<>()).name("discard-snapshots");
    }

    @Override
    public void groupHealth(DataStream<GroupHealthDay> days) {
        days.sinkTo(new DiscardingSink<>()).name("discard-health");
    }

    @Override
    public void groupMembers(DataStream<GroupMemberRow> members) {
        members.sinkTo(new DiscardingSink<>()).name("discard-members");
    }
}
