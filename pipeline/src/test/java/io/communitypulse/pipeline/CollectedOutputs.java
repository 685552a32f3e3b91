package io.communitypulse.pipeline;

import io.communitypulse.events.GroupSnapshot;
import io.communitypulse.events.OrderEvent;
import io.communitypulse.events.alert.Alert;
import io.communitypulse.pipeline.activity.GroupActivityMinute;
import io.communitypulse.pipeline.community.GroupHealthDay;
import io.communitypulse.pipeline.community.GroupMemberRow;
import io.communitypulse.pipeline.enrich.EnrichedMessage;
import io.communitypulse.pipeline.incident.IncidentRow;
import io.communitypulse.pipeline.ingest.DeadLetter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

/**
 * The job's results in memory instead of ClickHouse, for tests of the topology's logic: every
 * output stream is collected (Flink's collectAsync), and {@link #run} executes the bounded job and
 * drains them all.
 */
public final class CollectedOutputs implements Outputs {

    private CloseableIterator<EnrichedMessage> messages;
    private CloseableIterator<GroupActivityMinute> activity;
    private CloseableIterator<OrderEvent> orders;
    private CloseableIterator<Alert> alerts;
    private CloseableIterator<IncidentRow> incidents;
    private CloseableIterator<DeadLetter> deadLetters;
    private CloseableIterator<GroupSnapshot> snapshots;
    private CloseableIterator<GroupHealthDay> healthDays;
    private CloseableIterator<GroupMemberRow> members;

    /** Everything the job produced. */
    public record Results(List<EnrichedMessage> messages, List<GroupActivityMinute> activity, List<OrderEvent> orders,
                          List<Alert> alerts, List<IncidentRow> incidents, List<DeadLetter> deadLetters,
                          List<GroupSnapshot> snapshots, List<GroupHealthDay> healthDays, List<GroupMemberRow> members) {}

    @Override
    public void messages(DataStream<EnrichedMessage> stream) {
        messages = stream.collectAsync();
    }

    @Override
    public void activity(DataStream<GroupActivityMinute> stream) {
        activity = stream.collectAsync();
    }

    @Override
    public void orders(DataStream<OrderEvent> stream) {
        orders = stream.collectAsync();
    }

    @Override
    public void alerts(DataStream<Alert> stream) {
        alerts = stream.collectAsync();
    }

    @Override
    public void incidents(DataStream<IncidentRow> stream) {
        incidents = stream.collectAsync();
    }

    @Override
    public void deadLetters(DataStream<DeadLetter> stream) {
        deadLetters = stream.collectAsync();
    }

    @Override
    public void groupSnapshots(DataStream<GroupSnapshot> stream) {
        snapshots = stream.collectAsync();
    }

    @Override
    public void groupHealth(DataStream<GroupHealthDay> stream) {
        healthDays = stream.collectAsync();
    }

    @Override
    public void groupMembers(DataStream<GroupMemberRow> stream) {
        members = stream.collectAsync();
    }

    /** Runs the (bounded) job and waits for every output, draining them side by side so none blocks the job. */
    public Results run(StreamExecutionEnvironment env) throws Exception {
        env.executeAsync("collected");
        List<CloseableIterator<?>> outputs = List.of(messages, activity, orders, alerts, incidents, deadLetters, snapshots,
                healthDays, members);
        ExecutorService drains = Executors.newFixedThreadPool(outputs.size());
        try {
            List<CompletableFuture<List<?>>> drained = outputs.stream().map(output -> drain(output, drains)).toList();
            CompletableFuture.allOf(drained.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
            return new Results(cast(drained.get(0).get()), cast(drained.get(1).get()), cast(drained.get(2).get()),
                    cast(drained.get(3).get()), cast(drained.get(4).get()), cast(drained.get(5).get()),
                    cast(drained.get(6).get()), cast(drained.get(7).get()), cast(drained.get(8).get()));
        } finally {
            drains.shutdownNow();
        }
    }

    private static CompletableFuture<List<?>> drain(CloseableIterator<?> iterator, ExecutorService executor) {
        return CompletableFuture.supplyAsync(() -> {
            List<Object> values = new ArrayList<>();
            iterator.forEachRemaining(values::add);
            return values;
        }, executor);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<?> values) {
        return (List<T>) values;
    }
}
