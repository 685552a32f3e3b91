package io.communitypulse.pipeline;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.GroupSnapshot;
import io.communitypulse.events.MembershipChange;
import io.communitypulse.events.OrderEvent;
import io.communitypulse.events.PulseEvent;
import io.communitypulse.events.alert.Alert;
import io.communitypulse.pipeline.activity.ActivityAggregate;
import io.communitypulse.pipeline.activity.ActivityEvent;
import io.communitypulse.pipeline.activity.MinuteRowFunction;
import io.communitypulse.pipeline.admission.ClockReading;
import io.communitypulse.pipeline.admission.ClockSkewDetector;
import io.communitypulse.pipeline.admission.DeduplicateFunction;
import io.communitypulse.pipeline.admission.LateEventFilter;
import io.communitypulse.pipeline.cascade.CascadeAlerts;
import io.communitypulse.pipeline.cascade.CascadeDetector;
import io.communitypulse.pipeline.community.ExitDetector;
import io.communitypulse.pipeline.community.GroupHealthDetector;
import io.communitypulse.pipeline.community.GroupSightings;
import io.communitypulse.pipeline.community.GroupTicks;
import io.communitypulse.pipeline.community.HealthSettings;
import io.communitypulse.pipeline.enrich.EnrichFunction;
import io.communitypulse.pipeline.enrich.EnrichedMessage;
import io.communitypulse.pipeline.incident.IncidentDetector;
import io.communitypulse.pipeline.incident.Incidents;
import io.communitypulse.pipeline.ingest.DeadLetter;
import io.communitypulse.pipeline.ingest.Ingested;
import io.communitypulse.pipeline.ingest.RouteFunction;
import io.communitypulse.pipeline.timeline.Detector;
import io.communitypulse.pipeline.timeline.GroupEvent;
import io.communitypulse.pipeline.timeline.Timeline;
import io.communitypulse.sentiment.ProductCatalogue;
import io.communitypulse.sentiment.SentimentScorer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

/**
 * The job's logic from ingested records to results, independent of where records come from and
 * where results go: route → admit (in time, once) → enrich → activity per minute, the per-group
 * timeline with its detectors (complaint cascades, community health), and the producers' clocks. Every rejected record joins the
 * dead-letter stream.
 */
public final class PulseTopology {

    private final JobSettings settings;
    private final SentimentScorer scorer;
    private final ProductCatalogue catalogue;

    public PulseTopology(JobSettings settings, SentimentScorer scorer, ProductCatalogue catalogue) {
        this.settings = settings;
        this.scorer = scorer;
        this.catalogue = catalogue;
    }

    /** The detectors every group's ordered stream feeds; a new signal is one more line here. */
    List<Detector<?>> groupDetectors() {
        List<Detector<?>> detectors = new ArrayList<>(List.of(
                new CascadeDetector(settings.cascadeRule(), new CascadeAlerts(catalogue, settings.cascadeRule()))));
        HealthSettings health = settings.health();
        if (health.enabled()) {
            detectors.add(new GroupHealthDetector(health, settings.allowedLateness()));
            detectors.add(new ExitDetector(health));
        }
        return detectors;
    }

    /** @param ingested records with event time and watermarks assigned in the source (see Inputs) */
    public void build(DataStream<Ingested> ingested, Outputs outputs) {
        SingleOutputStreamOperator<ChatMessage> routed = ingested.process(new RouteFunction()).name("route").uid("route");

        Admitted<ChatMessage> chat = admit(routed, ChatMessage.class, "chat");
        Admitted<MembershipChange> membership = admit(routed.getSideOutput(RouteFunction.MEMBERSHIP), MembershipChange.class, "membership");
        Admitted<OrderEvent> orders = admit(routed.getSideOutput(RouteFunction.ORDERS), OrderEvent.class, "orders");
        Admitted<GroupSnapshot> snapshots = admit(routed.getSideOutput(RouteFunction.SNAPSHOTS), GroupSnapshot.class, "snapshots");

        DataStream<EnrichedMessage> enriched = chat.events().map(new EnrichFunction(scorer)).name("sentiment").uid("sentiment");

        outputs.messages(enriched);
        outputs.orders(orders.events());
        outputs.groupSnapshots(snapshots.events());
        outputs.activity(enriched.map(ActivityEvent::of).name("message-activity").uid("message-activity")
                .union(membership.events().map(ActivityEvent::of).name("membership-activity").uid("membership-activity"))
                .keyBy(ActivityEvent::groupKey)
                .window(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))
                .allowedLateness(settings.allowedLateness())
                .aggregate(new ActivityAggregate(), new MinuteRowFunction())
                .name("group-activity-minute").uid("group-activity-minute"));

        SingleOutputStreamOperator<Alert> groupTimeline = withTicks(groupEvents(enriched, membership.events(),
                        orders.events(), snapshots.events()))
                .keyBy(GroupEvent::groupKey)
                .process(new Timeline(groupDetectors(), settings.allowedLateness()))
                .name("group-timeline").uid("group-timeline");
        outputs.groupHealth(groupTimeline.getSideOutput(GroupHealthDetector.DAYS));
        outputs.groupMembers(groupTimeline.getSideOutput(GroupHealthDetector.MEMBERS));
        SingleOutputStreamOperator<Alert> groupAlerts = groupTimeline
                .map(GroupEvent::of).name("group-alerts").uid("group-alerts")
                .keyBy(GroupEvent::brandId)
                .process(new Timeline(List.of(new IncidentDetector(new Incidents(settings.incidentWindow()))),
                        settings.allowedLateness()))
                .name("incidents").uid("incidents");
        outputs.incidents(groupAlerts.getSideOutput(IncidentDetector.INCIDENTS));
        DataStream<Alert> clockAlerts = routed.getSideOutput(RouteFunction.FUTURE_TIME)
                .map(ClockReading::of).name("clock-readings").uid("clock-readings")
                .keyBy(ClockReading::brandId)
                .process(new ClockSkewDetector(settings.maxClockSkew()))
                .name("clock-skew").uid("clock-skew");
        outputs.alerts(groupAlerts.union(clockAlerts));

        outputs.deadLetters(routed.getSideOutput(RouteFunction.DEAD_LETTERS)
                .union(chat.rejected(), membership.rejected(), orders.rejected(), snapshots.rejected()));
    }

    /** Everything that happens in a group, for its ordered stream: messages, joins and leaves, snapshots, its orders. */
    private static DataStream<GroupEvent> groupEvents(DataStream<EnrichedMessage> messages,
                                                      DataStream<MembershipChange> changes,
                                                      DataStream<OrderEvent> orders,
                                                      DataStream<GroupSnapshot> snapshots) {
        return messages.map(GroupEvent::of).name("message-events").uid("message-events")
                .union(changes.map(GroupEvent::of).name("membership-events").uid("membership-events"),
                        orders.filter(order -> order.groupId() != null).name("group-orders").uid("group-orders")
                                .map(GroupEvent::of).name("order-events").uid("order-events"),
                        snapshots.map(GroupEvent::of).name("snapshot-events").uid("snapshot-events"));
    }

    /** The group events and, with community health on, the job's clock ticking in every known group (GroupTicks). */
    private DataStream<GroupEvent> withTicks(DataStream<GroupEvent> events) {
        HealthSettings health = settings.health();
        if (!health.enabled()) {
            return events;
        }
        return events.union(events.flatMap(new GroupSightings(health.timing().tickInterval().toMillis()))
                .name("group-sightings").uid("group-sightings")
                .keyBy(seen -> seen.brandId)
                .process(new GroupTicks(health.timing().tickInterval(), health.timing().forgetGroupAfter()))
                .name("group-ticks").uid("group-ticks"));
    }

    /** One event kind after admission: the events let in, and the dead letters of those kept out. */
    private record Admitted<T>(DataStream<T> events, DataStream<DeadLetter> rejected) {}

    private <T extends PulseEvent> Admitted<T> admit(DataStream<T> stream, Class<T> type, String name) {
        TypeInformation<T> typeInfo = TypeInformation.of(type);
        SingleOutputStreamOperator<T> timed = stream
                .process(new LateEventFilter<T>(settings.allowedLateness(), name), typeInfo)
                .name(name + "-lateness").uid(name + "-lateness");
        SingleOutputStreamOperator<T> unique = timed
                .keyBy(DeduplicateFunction::key)
                .process(new DeduplicateFunction<T>(settings.dedupeHorizon(), name), typeInfo)
                .name(name + "-dedupe").uid(name + "-dedupe");
        return new Admitted<>(unique, timed.getSideOutput(LateEventFilter.TOO_LATE)
                .union(unique.getSideOutput(DeduplicateFunction.DUPLICATES)));
    }
}
