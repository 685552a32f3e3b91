package io.communitypulse.pipeline;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.MembershipChange;
import io.communitypulse.events.OrderEvent;
import io.communitypulse.events.PulseEvent;
import io.communitypulse.pipeline.activity.ActivityAggregate;
import io.communitypulse.pipeline.activity.ActivityEvent;
import io.communitypulse.pipeline.activity.MinuteRowFunction;
import io.communitypulse.pipeline.admission.DeduplicateFunction;
import io.communitypulse.pipeline.admission.LateEventFilter;
import io.communitypulse.pipeline.cascade.CascadeAlerts;
import io.communitypulse.pipeline.cascade.CascadeDetector;
import io.communitypulse.pipeline.enrich.EnrichFunction;
import io.communitypulse.pipeline.enrich.EnrichedMessage;
import io.communitypulse.pipeline.ingest.DeadLetter;
import io.communitypulse.pipeline.ingest.ParseFunction;
import io.communitypulse.pipeline.ingest.RawRecord;
import io.communitypulse.sentiment.ProductCatalogue;
import io.communitypulse.sentiment.SentimentScorer;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

/**
 * The job's logic from raw records to results, independent of where records come from and where
 * results go: parse → event time → admit (in time, once) → enrich → activity per minute and
 * cascade detection. Every rejected record joins the dead-letter stream.
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

    public void build(DataStream<RawRecord> raw, Outputs outputs) {
        SingleOutputStreamOperator<ChatMessage> parsed = raw.process(new ParseFunction()).name("parse").uid("parse");

        Admitted<ChatMessage> chat = admit(parsed, ChatMessage.class, "chat");
        Admitted<MembershipChange> membership = admit(parsed.getSideOutput(ParseFunction.MEMBERSHIP), MembershipChange.class, "membership");
        Admitted<OrderEvent> orders = admit(parsed.getSideOutput(ParseFunction.ORDERS), OrderEvent.class, "orders");

        DataStream<EnrichedMessage> enriched = chat.events().map(new EnrichFunction(scorer)).name("sentiment").uid("sentiment");

        outputs.messages(enriched);
        outputs.orders(orders.events());
        outputs.activity(enriched.map(ActivityEvent::of).name("message-activity").uid("message-activity")
                .union(membership.events().map(ActivityEvent::of).name("membership-activity").uid("membership-activity"))
                .keyBy(ActivityEvent::groupKey)
                .window(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))
                .allowedLateness(settings.allowedLateness())
                .aggregate(new ActivityAggregate(), new MinuteRowFunction())
                .name("group-activity-minute").uid("group-activity-minute"));
        outputs.alerts(enriched
                .keyBy(message -> message.message().brandId() + "|" + message.message().groupId())
                .process(new CascadeDetector(settings.cascadeRule(), new CascadeAlerts(catalogue)))
                .name("negative-cascade").uid("negative-cascade"));
        outputs.deadLetters(parsed.getSideOutput(ParseFunction.DEAD_LETTERS)
                .union(chat.rejected(), membership.rejected(), orders.rejected()));
    }

    /** One event kind after admission: the events let in, and the dead letters of those kept out. */
    private record Admitted<T>(DataStream<T> events, DataStream<DeadLetter> rejected) {}

    private <T extends PulseEvent> Admitted<T> admit(DataStream<T> stream, Class<T> type, String name) {
        TypeInformation<T> typeInfo = TypeInformation.of(type);
        SingleOutputStreamOperator<T> timed = stream
                .assignTimestampsAndWatermarks(WatermarkStrategy.<T>forBoundedOutOfOrderness(settings.outOfOrderness())
                        .withTimestampAssigner((event, previous) -> event.eventTime().toEpochMilli())
                        .withIdleness(settings.idleness()))
                .name(name + "-event-time").uid(name + "-event-time")
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
