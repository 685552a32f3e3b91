package io.communitypulse.api.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.communitypulse.api.ApiJson;
import io.communitypulse.api.auth.BrandScope;
import io.communitypulse.events.Topics;
import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertJson;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live alert stream, fed from the Kafka topic {@code pulse.alerts} (one consumer per API instance,
 * no consumer group: every instance reads every partition). Each alert revision goes to every open
 * stream whose brands include it, with its place in the topic as the event id. The last
 * {@code bufferPerPartition} records of each partition are kept (read back at start-up too), so a
 * client that reconnects with {@code Last-Event-ID} gets what it missed from memory, or from the topic
 * when it was away longer: no gap and no repeat. A comment every {@code heartbeat} keeps idle streams open.
 */
public final class AlertFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertFeed.class);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration READY_WAIT = Duration.ofSeconds(30);

    private final String bootstrap;
    private final Duration heartbeat;
    private final int bufferPerPartition;
    private final ObjectMapper json = ApiJson.mapper();
    private final Object lock = new Object();
    private final Map<Integer, ArrayDeque<FeedEvent>> buffers = new HashMap<>();
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    private StreamPosition live = StreamPosition.START;
    private Map<Integer, Long> endAtStart = Map.of();
    private KafkaConsumer<String, String> consumer;
    private Thread thread;
    private ScheduledExecutorService heartbeats;
    private volatile boolean running;

    public AlertFeed(String bootstrap, Duration heartbeat, int bufferPerPartition) {
        this.bootstrap = bootstrap;
        this.heartbeat = heartbeat;
        this.bufferPerPartition = bufferPerPartition;
    }

    public synchronized void start() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
        running = true;
        thread = new Thread(this::run, "alert-feed");
        thread.setDaemon(true);
        thread.start();
        heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread beat = new Thread(runnable, "alert-feed-heartbeat");
            beat.setDaemon(true);
            return beat;
        });
        heartbeats.scheduleWithFixedDelay(this::heartbeat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Opens a stream from now on, or from {@code from} (a client's Last-Event-ID) with what it missed first. */
    public void subscribe(SseClient client, BrandScope scope, StreamPosition from) throws InterruptedException {
        if (!ready.await(READY_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the alert topic could not be read within " + READY_WAIT);
        }
        Subscriber subscriber;
        List<FeedEvent> buffered = new ArrayList<>();
        Map<Integer, long[]> older = new HashMap<>();
        synchronized (lock) {
            subscriber = new Subscriber(client, scope, from == null ? live : from, from != null);
            subscribers.add(subscriber);
            client.onClose(() -> subscribers.remove(subscriber));
            if (from != null) {
                live.next().forEach((partition, end) -> {
                    long start = from.next(partition);
                    ArrayDeque<FeedEvent> buffer = buffers.getOrDefault(partition, new ArrayDeque<>());
                    long firstBuffered = buffer.isEmpty() ? end : buffer.peekFirst().offset();
                    if (start < Math.min(firstBuffered, end)) {
                        older.put(partition, new long[] {start, Math.min(firstBuffered, end)});
                    }
                    buffer.stream().filter(event -> event.offset() >= start).forEach(buffered::add);
                });
            }
        }
        // tells the client (and tests) that events from here on will arrive
        client.sendComment("subscribed");
        if (from == null) {
            return;
        }
        try {
            replayOlder(subscriber, older);
            buffered.forEach(subscriber::deliver);
        } finally {
            synchronized (lock) {
                subscriber.finishReplay();
            }
        }
    }

    private void replayOlder(Subscriber subscriber, Map<Integer, long[]> older) {
        if (older.isEmpty()) {
            return;
        }
        TopicRange.Result result = TopicRange.read(bootstrap, older);
        if (result.truncated()) {
            // the broker no longer has some of what the client missed: it must load the list again
            subscriber.client.sendEvent("reset", "{\"reason\":\"events since your Last-Event-ID are no longer kept\"}");
        }
        for (ConsumerRecord<String, String> record : result.records()) {
            FeedEvent event = event(record);
            if (event != null) {
                subscriber.deliver(event);
            }
        }
    }

    public int subscribers() {
        return subscribers.size();
    }

    private void run() {
        try {
            List<TopicPartition> partitions = awaitPartitions();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
            Map<Integer, Long> end = new HashMap<>();
            for (TopicPartition partition : partitions) {
                end.put(partition.partition(), ends.get(partition));
                consumer.seek(partition, Math.max(beginnings.get(partition), ends.get(partition) - bufferPerPartition));
            }
            synchronized (lock) {
                endAtStart = end;
                Map<Integer, Long> start = new HashMap<>();
                partitions.forEach(partition -> start.put(partition.partition(), consumer.position(partition)));
                live = new StreamPosition(start);
                markReadyWhenCaughtUp();
            }
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    take(record);
                }
            }
        } catch (WakeupException closing) {
            // close() woke the poll
        } catch (RuntimeException e) {
            LOG.error("the alert feed stopped: the live stream sends nothing more", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private List<TopicPartition> awaitPartitions() {
        while (running) {
            List<PartitionInfo> infos = consumer.partitionsFor(Topics.ALERTS, Duration.ofSeconds(10));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            }
            LOG.info("waiting for the topic {} to exist", Topics.ALERTS);
        }
        throw new WakeupException();
    }

    private void take(ConsumerRecord<String, String> record) {
        FeedEvent event = event(record);
        synchronized (lock) {
            live = live.after(record.partition(), record.offset());
            if (event != null) {
                ArrayDeque<FeedEvent> buffer = buffers.computeIfAbsent(record.partition(), p -> new ArrayDeque<>());
                buffer.addLast(event);
                if (buffer.size() > bufferPerPartition) {
                    buffer.removeFirst();
                }
                // records from before start-up only fill the buffer
                if (record.offset() >= endAtStart.getOrDefault(record.partition(), 0L)) {
                    subscribers.forEach(subscriber -> subscriber.offer(event));
                }
            }
            markReadyWhenCaughtUp();
        }
    }

    private void markReadyWhenCaughtUp() {
        if (ready.getCount() > 0 && endAtStart.entrySet().stream().allMatch(e -> live.next(e.getKey()) >= e.getValue())) {
            ready.countDown();
        }
    }

    private FeedEvent event(ConsumerRecord<String, String> record) {
        try {
            Alert alert = AlertJson.read(record.value());
            return new FeedEvent(record.partition(), record.offset(), alert.brandId(), json.writeValueAsString(alert));
        } catch (Exception e) {
            LOG.warn("alert record {}:{} is not an alert, not streamed: {}", record.partition(), record.offset(), e.getMessage());
            return null;
        }
    }

    /** A comment line: keeps proxies from closing idle streams and reveals closed ones. */
    private void heartbeat() {
        synchronized (lock) {
            for (Subscriber subscriber : subscribers) {
                if (subscriber.client.terminated()) {
                    subscribers.remove(subscriber);
                } else if (!subscriber.replaying) {
                    subscriber.client.sendComment("heartbeat");
                }
            }
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        if (heartbeats != null) {
            heartbeats.shutdownNow();
        }
        if (consumer != null) {
            consumer.wakeup();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        subscribers.forEach(subscriber -> subscriber.client.close());
        subscribers.clear();
    }
}
