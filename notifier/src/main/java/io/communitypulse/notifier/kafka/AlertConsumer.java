package io.communitypulse.notifier.kafka;

import io.communitypulse.events.Topics;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code pulse.alerts} in a consumer group of its own and commits a record's offset only once the
 * handler's work for it (and for every earlier record of its partition) is done: at-least-once. A
 * restart re-reads what was not finished; the handler makes that idempotent.
 */
public final class AlertConsumer implements AutoCloseable {

    /** Handles one record; calls {@code tracker.retain} for work it leaves running and {@code release} when that ends. */
    @FunctionalInterface
    public interface Handler {
        void handle(String value, int partition, long offset, OffsetTracker tracker);
    }

    private static final Logger LOG = LoggerFactory.getLogger(AlertConsumer.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<String, String> consumer;
    private final Handler handler;
    private final OffsetTracker tracker = new OffsetTracker();
    private final Map<Integer, Long> committed = new HashMap<>();
    private final CountDownLatch assigned = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean running = true;

    /** @param startFrom {@code latest} or {@code earliest}: where a group without committed offsets starts */
    public AlertConsumer(String bootstrapServers, String groupId, String startFrom, Handler handler) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, startFrom);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        this.consumer = new KafkaConsumer<>(properties);
        this.handler = handler;
        this.thread = new Thread(this::run, "notifier-consumer");
        this.thread.setDaemon(true);
    }

    public AlertConsumer start() {
        thread.start();
        return this;
    }

    /** Waits until the group has given this consumer its partitions (and their positions are known). */
    public boolean awaitAssignment(Duration timeout) throws InterruptedException {
        return assigned.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public int openRecords() {
        return tracker.openRecords();
    }

    private void run() {
        try {
            consumer.subscribe(List.of(Topics.ALERTS), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    commit();
                    partitions.forEach(partition -> {
                        tracker.forget(partition.partition());
                        committed.remove(partition.partition());
                    });
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    // resolve positions now, so that records produced from here on are read
                    partitions.forEach(consumer::position);
                    assigned.countDown();
                }
            });
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    tracker.add(record.partition(), record.offset());
                    try {
                        handler.handle(record.value(), record.partition(), record.offset(), tracker);
                    } catch (RuntimeException e) {
                        LOG.error("alert record {}:{} could not be handled", record.partition(), record.offset(), e);
                    } finally {
                        tracker.release(record.partition(), record.offset());
                    }
                }
                commit();
            }
        } catch (WakeupException closing) {
            // close() woke the poll
        } catch (RuntimeException e) {
            LOG.error("the alert consumer stopped", e);
        } finally {
            commit();
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void commit() {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        tracker.committable().forEach((partition, position) -> {
            if (!position.equals(committed.get(partition))) {
                offsets.put(new TopicPartition(Topics.ALERTS, partition), new OffsetAndMetadata(position));
            }
        });
        if (offsets.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(offsets);
            offsets.forEach((partition, offset) -> committed.put(partition.partition(), offset.offset()));
        } catch (RuntimeException e) {
            LOG.warn("offset commit failed, will retry: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
