package io.communitypulse.pipeline.storage;

import io.communitypulse.events.GroupSnapshot;
import io.communitypulse.events.OrderEvent;
import io.communitypulse.events.Topics;
import io.communitypulse.pipeline.Outputs;
import io.communitypulse.pipeline.activity.GroupActivityMinute;
import io.communitypulse.pipeline.community.GroupHealthDay;
import io.communitypulse.pipeline.community.GroupMemberRow;
import io.communitypulse.events.alert.Alert;
import io.communitypulse.pipeline.enrich.EnrichedMessage;
import io.communitypulse.pipeline.incident.IncidentRow;
import io.communitypulse.pipeline.ingest.DeadLetter;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.streaming.api.datastream.DataStream;

/** Every result into its ClickHouse table; alerts also onto the Kafka alerts topic when Kafka is configured. */
public final class ClickHouseOutputs implements Outputs {

    private final String jdbcUrl;
    private final String kafkaBootstrap;
    private final SinkSettings sink;

    /** @param kafkaBootstrap null to skip publishing alerts to Kafka */
    public ClickHouseOutputs(String jdbcUrl, String kafkaBootstrap, SinkSettings sink) {
        this.jdbcUrl = jdbcUrl;
        this.kafkaBootstrap = kafkaBootstrap;
        this.sink = sink;
    }

    @Override
    public void messages(DataStream<EnrichedMessage> messages) {
        messages.sinkTo(ClickHouseSink.of(jdbcUrl, new ChatMessagesTable(), sink)).name("chat_messages").uid("sink-chat-messages");
    }

    @Override
    public void activity(DataStream<GroupActivityMinute> minutes) {
        minutes.sinkTo(ClickHouseSink.of(jdbcUrl, new GroupActivityTable(), sink)).name("group_activity_minute")
                .uid("sink-group-activity");
    }

    @Override
    public void orders(DataStream<OrderEvent> orders) {
        orders.sinkTo(ClickHouseSink.of(jdbcUrl, new OrdersTable(), sink)).name("orders").uid("sink-orders");
    }

    @Override
    public void alerts(DataStream<Alert> alerts) {
        alerts.sinkTo(ClickHouseSink.of(jdbcUrl, new AlertsTable(), sink)).name("alerts").uid("sink-alerts");
        if (kafkaBootstrap != null) {
            alerts.sinkTo(KafkaSink.<Alert>builder()
                    .setBootstrapServers(kafkaBootstrap)
                    .setRecordSerializer(new AlertRecordSerializer(Topics.ALERTS))
                    .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                    .build()).name("alerts-topic").uid("sink-alerts-topic");
        }
    }

    @Override
    public void incidents(DataStream<IncidentRow> incidents) {
        incidents.sinkTo(ClickHouseSink.of(jdbcUrl, new IncidentsTable(), sink)).name("incidents").uid("sink-incidents");
    }

    @Override
    public void deadLetters(DataStream<DeadLetter> deadLetters) {
        deadLetters.sinkTo(ClickHouseSink.of(jdbcUrl, new DeadLettersTable(), sink)).name("dead_letters").uid("sink-dead-letters");
    }

    @Override
    public void groupSnapshots(DataStream<GroupSnapshot> snapshots) {
        snapshots.sinkTo(ClickHouseSink.of(jdbcUrl, new GroupSnapshotsTable(), sink)).name("group_snapshots").uid("sink-group-snapshots");
    }

    @Override
    public void groupHealth(DataStream<GroupHealthDay> days) {
        days.sinkTo(ClickHouseSink.of(jdbcUrl, new GroupHealthDailyTable(), sink)).name("group_health_daily").uid("sink-group-health");
    }

    @Override
    public void groupMembers(DataStream<GroupMemberRow> members) {
        members.sinkTo(ClickHouseSink.of(jdbcUrl, new GroupMembersTable(), sink)).name("group_members").uid("sink-group-members");
    }
}
