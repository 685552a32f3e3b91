package io.communitypulse.runtime;

import io.communitypulse.api.ApiConfig;
import io.communitypulse.api.QueryApiServer;
import io.communitypulse.api.auth.TokenStore;
import io.communitypulse.api.clickhouse.ClickHouse;
import io.communitypulse.events.Topics;
import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertJson;
import io.communitypulse.events.alert.AlertState;
import io.communitypulse.kafka.embedded.EmbeddedKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code ./pulse bench sse [--clients 250,500,1000,2000,4000] [--alerts 20]}: how many concurrent SSE
 * clients the live stream holds on this machine, and the delay from publishing an alert revision to the
 * topic until each client has it. The API (its feed reading a real embedded Kafka broker) and the
 * clients run in this one process on loopback; each step opens N streams, publishes alerts at 5 a
 * second and measures every client's receipt. docs/benchmarks.md, "Live stream".
 */
public final class SseBench {

    private static final String TOKEN = "bench-token";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private SseBench() {}

    public static void main(String[] args) throws Exception {
        CommandLine line = CommandLine.parse(List.of(args));
        List<Integer> steps = java.util.Arrays.stream(line.get("clients", "250,500,1000,2000,4000").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        int alerts = line.getInt("alerts", 20);
        System.out.printf("SSE bench: %d cores, %s %s, heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        try (EmbeddedKafka kafka = EmbeddedKafka.start(null)) {
            kafka.createTopics(List.of(Topics.ALERTS), LocalStack.PARTITIONS);
            TokenStore tokens = TokenStore.builder().add(TOKEN, "bench", List.of("*")).build();
            // the stream needs no database: an address where none answers
            try (QueryApiServer api = QueryApiServer.start(ClickHouse.at("jdbc:clickhouse://127.0.0.1:1/none"),
                    ApiConfig.of(tokens, kafka.bootstrapServers()), 0);
                 KafkaProducer<String, String> producer = producer(kafka.bootstrapServers())) {
                System.out.println("| clients | connected | events expected | received | delay p50 ms | p99 ms | max ms |");
                System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
                int sequence = 0;
                for (int clients : steps) {
                    boolean held = step(api.port(), producer, clients, alerts, sequence);
                    sequence += alerts;
                    if (!held) {
                        break;
                    }
                }
            }
        }
        System.exit(0);
    }

    private static boolean step(int port, KafkaProducer<String, String> producer, int clients, int alerts, int firstSequence)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        Map<Integer, Long> publishedAt = new ConcurrentHashMap<>();
        List<Long> delays = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch subscribed = new CountDownLatch(clients);
        CountDownLatch received = new CountDownLatch(clients * alerts);
        List<Client> open = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client client = new Client(subscribed, received, publishedAt, delays);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/alerts/stream?access_token=" + TOKEN))
                    .header("Accept", "text/event-stream").build();
            http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(client));
            open.add(client);
        }
        boolean connected = subscribed.await(WAIT.toSeconds(), TimeUnit.SECONDS);
        int connectedCount = clients - (int) subscribed.getCount();
        if (connected) {
            for (int i = 0; i < alerts; i++) {
                int sequence = firstSequence + i;
                publishedAt.put(sequence, System.nanoTime());
                producer.send(new ProducerRecord<>(Topics.ALERTS, "bench-" + sequence, AlertJson.write(alert(sequence)))).get();
                Thread.sleep(200);
            }
            received.await(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
        open.forEach(Client::cancel);
        http.close();
        long expected = (long) clients * alerts;
        List<Long> sorted = new ArrayList<>(delays);
        Collections.sort(sorted);
        System.out.printf("| %d | %d | %d | %d | %s | %s | %s |%n", clients, connectedCount, connected ? expected : 0, sorted.size(),
                millis(percentile(sorted, 0.50)), millis(percentile(sorted, 0.99)), millis(sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1)));
        System.out.flush();
        Thread.sleep(2_000);
        return connected && sorted.size() == expected;
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static String millis(long nanos) {
        return nanos < 0 ? "–" : String.format("%.1f", nanos / 1e6);
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    /** An alert the size of a real one (three pieces of evidence), its sequence number in the summary. */
    private static Alert alert(int sequence) {
        Instant at = Instant.parse("2025-06-01T08:00:00Z");
        var evidence = List.of(new io.communitypulse.events.alert.AlertEvidence("m1", "这个面霜用了过敏了，脸上起红疹😭", "u1", at),
                new io.communitypulse.events.alert.AlertEvidence("m2", "我也是！！用了两天就痒", "u2", at.plusSeconds(60)),
                new io.communitypulse.events.alert.AlertEvidence("m3", "+1 同样的问题", "u3", at.plusSeconds(120)));
        return new Alert("bench-" + sequence, 1, "negative_cascade", "brand_a", "g-1", 4, AlertState.OPEN, "product", "SKU-1",
                "seq=" + sequence + ";", at, at.plusSeconds(120), at.plusSeconds(120), List.of("u1", "u2", "u3"), 3, evidence,
                List.of("quality"), List.of("过敏"), "{}", List.of(), "");
    }

    /** One SSE client: counts its subscription and the delay of every alert it receives. */
    private static final class Client implements Flow.Subscriber<String> {

        private final CountDownLatch subscribed;
        private final CountDownLatch received;
        private final Map<Integer, Long> publishedAt;
        private final List<Long> delays;
        private final AtomicInteger seen = new AtomicInteger();
        private volatile Flow.Subscription subscription;

        Client(CountDownLatch subscribed, CountDownLatch received, Map<Integer, Long> publishedAt, List<Long> delays) {
            this.subscribed = subscribed;
            this.received = received;
            this.publishedAt = publishedAt;
            this.delays = delays;
        }

        @Override
        public void onSubscribe(Flow.Subscription newSubscription) {
            subscription = newSubscription;
            newSubscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            long now = System.nanoTime();
            if (line.equals(": subscribed")) {
                subscribed.countDown();
            } else if (line.startsWith("data:")) {
                int at = line.indexOf("seq=");
                Long published = publishedAt.get(Integer.parseInt(line.substring(at + 4, line.indexOf(';', at))));
                if (published != null) {
                    delays.add(now - published);
                    seen.incrementAndGet();
                    received.countDown();
                }
            }
        }

        @Override
        public void onError(Throwable throwable) {
            // a closed stream: the counts say what arrived
        }

        @Override
        public void onComplete() {
        }

        void cancel() {
            if (subscription != null) {
                subscription.cancel();
            }
        }
    }
}
