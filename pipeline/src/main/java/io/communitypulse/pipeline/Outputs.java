package io.communitypulse.pipeline;

import io.communitypulse.events.OrderEvent;
import io.communitypulse.pipeline.activity.GroupActivityMinute;
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
}
