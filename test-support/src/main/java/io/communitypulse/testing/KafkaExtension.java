package io.communitypulse.testing;

import io.communitypulse.kafka.embedded.EmbeddedKafka;
import java.util.Collection;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class a real single-node KRaft Kafka broker in the JVM. As a static field, one broker
 * serves the whole class; as an instance field, each test gets a fresh, empty broker of its own.
 */
public final class KafkaExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private EmbeddedKafka kafka;
    private boolean perTest;
    private KafkaProducer<String, String> producer;

    @Override
    public void beforeAll(ExtensionContext context) {
        kafka = EmbeddedKafka.start(null);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        closeProducer();
        kafka.close();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (kafka == null) {
            kafka = EmbeddedKafka.start(null);
            perTest = true;
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest) {
            closeProducer();
            kafka.close();
            kafka = null;
        }
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public void createTopics(Collection<String> topics, int partitions) {
        kafka.createTopics(topics, partitions);
    }

    /** Publishes one record and waits until the broker has it. */
    public void send(String topic, String key, String value) {
        if (producer == null) {
            Properties properties = new Properties();
            properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
            producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
        }
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot publish to " + topic, e.getCause());
        }
    }

    private void closeProducer() {
        if (producer != null) {
            producer.close();
            producer = null;
        }
    }
}
