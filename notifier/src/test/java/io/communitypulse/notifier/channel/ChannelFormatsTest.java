package io.communitypulse.notifier.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communitypulse.events.alert.AlertState;
import io.communitypulse.notifier.Alerts;
import io.communitypulse.notifier.IndependentHmac;
import io.communitypulse.notifier.Receiver;
import io.communitypulse.notifier.delivery.Attempt;
import io.communitypulse.notifier.delivery.Backoff;
import io.communitypulse.notifier.delivery.ChannelWorker;
import io.communitypulse.notifier.delivery.HttpSender;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every channel format against a real HTTP receiver: the body the platform documents, the signature
 * checked by an independent HMAC, the 4096-byte limit, and how the platform's answers are read.
 */
class ChannelFormatsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final URI LINK = URI.create("http://127.0.0.1:7070/alert.html?id=nc-0123456789abcdef0123");
    private static final Backoff FAST = new Backoff(3, Duration.ofMillis(20), Duration.ofMillis(50));

    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();
    private Receiver receiver;
    private ChannelWorker worker;

    @AfterEach
    void stop() {
        if (worker != null) {
            worker.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    private Receiver.Received deliverOne(ChannelKind kind, String secret, String language, String okBody, int evidence)
            throws Exception {
        receiver = Receiver.start(okBody);
        Channel channel = new Channel("c1", kind, receiver.url("/robot/send?key=abc"), secret, language, List.of());
        worker = new ChannelWorker(channel, FAST, new HttpSender(Duration.ofSeconds(5)), attempts::add, Clock.systemUTC()).start();
        CountDownLatch done = new CountDownLatch(1);
        worker.offer(new Notification(Alerts.withLongEvidence(Alerts.cascade("nc-0123456789abcdef0123", 2, 6, AlertState.GROWING, evidence)),
                Notice.OPENED, channel, LINK), Instant.now(), done::countDown);
        assertThat(done.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        return receiver.await(1, WAIT).get(0);
    }

    @Test
    void wecom_gets_markdown_within_4096_bytes_with_group_subject_members_evidence_and_link() throws Exception {
        Receiver.Received request = deliverOne(ChannelKind.WECOM, "", "zh", "{\"errcode\":0,\"errmsg\":\"ok\"}", 50);

        JsonNode body = JSON.readTree(request.body());
        String content = body.at("/markdown/content").asText();
        assertThat(body.get("msgtype").asText()).isEqualTo("markdown");
        assertThat(request.query()).isEqualTo("key=abc");
        assertThat(content.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
        assertThat(content).contains("负面连锁反应", "新预警", "wx-group-017", "水光面霜", "SKU-FACE-CREAM-50", "50 人",
                "> 这个面霜用了过敏了", "…", "u1", "另有", "(" + LINK + ")", "约 9 人");
        assertThat(attempts).singleElement().satisfies(attempt -> {
            assertThat(attempt.status()).isEqualTo(Attempt.Status.DELIVERED);
            assertThat(attempt.httpStatus()).isEqualTo(200);
        });
    }

    @Test
    void dingtalk_url_carries_a_signature_an_independent_hmac_confirms() throws Exception {
        String secret = "SEC0123456789abcdef";
        long before = Instant.now().toEpochMilli();
        Receiver.Received request = deliverOne(ChannelKind.DINGTALK, secret, "zh", "{\"errcode\":0,\"errmsg\":\"ok\"}", 3);

        String timestamp = parameter(request.query(), "timestamp");
        String sign = parameter(request.query(), "sign");
        assertThat(Long.parseLong(timestamp)).isBetween(before, Instant.now().toEpochMilli());
        assertThat(sign).isEqualTo(Base64.getEncoder().encodeToString(IndependentHmac.sha256(secret, timestamp + "\n" + secret)));
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.get("msgtype").asText()).isEqualTo("markdown");
        assertThat(body.at("/markdown/title").asText()).contains("严重度 6");
        assertThat(body.at("/markdown/text").asText()).contains("我也是！！用了两天就痒", LINK.toString());
    }

    @Test
    void feishu_body_carries_a_signature_an_independent_hmac_confirms() throws Exception {
        String secret = "feishu-secret";
        Receiver.Received request = deliverOne(ChannelKind.FEISHU, secret, "zh", "{\"code\":0,\"msg\":\"success\"}", 3);

        JsonNode body = JSON.readTree(request.body());
        String timestamp = body.get("timestamp").asText();
        assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(30L));
        assertThat(body.get("sign").asText()).isEqualTo(
                Base64.getEncoder().encodeToString(IndependentHmac.sha256(timestamp + "\n" + secret, "")));
        assertThat(body.get("msg_type").asText()).isEqualTo("post");
        JsonNode post = body.at("/content/post/zh_cn");
        assertThat(post.get("title").asText()).contains("负面连锁反应");
        assertThat(post.get("content").toString()).contains("+1 同样的问题", "\"tag\":\"a\"", LINK.toString());
    }

    @Test
    void webhook_is_signed_over_timestamp_and_body_and_can_be_deduplicated() throws Exception {
        String secret = "whsec-test";
        Receiver.Received request = deliverOne(ChannelKind.WEBHOOK, secret, "en", "", 3);

        String timestamp = request.header("X-Pulse-Timestamp");
        String expected = "v1=" + HexFormat.of().formatHex(IndependentHmac.sha256(secret, timestamp + "." + request.body()));
        assertThat(request.header("X-Pulse-Signature")).isEqualTo(expected);
        assertThat(Math.abs(Long.parseLong(timestamp) - Instant.now().getEpochSecond())).isLessThan(WebhookFormat.REPLAY_WINDOW_SECONDS);
        assertThat(request.header("X-Pulse-Delivery")).isEqualTo("nc-0123456789abcdef0123/2/c1");
        assertThat(request.header("X-Pulse-Event")).isEqualTo("alert.opened");
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.get("delivery_id").asText()).isEqualTo("nc-0123456789abcdef0123/2/c1");
        assertThat(body.get("notice").asText()).isEqualTo("opened");
        assertThat(body.at("/alert/alert_id").asText()).isEqualTo("nc-0123456789abcdef0123");
        assertThat(body.at("/alert/revision").asInt()).isEqualTo(2);
        assertThat(body.at("/alert/details/subject_name").asText()).isEqualTo("水光面霜");
        assertThat(body.get("text").asText()).contains("Negative cascade", "New alert", "Open the alert on the dashboard");
        assertThat(body.get("alert_url").asText()).isEqualTo(LINK.toString());
    }

    @Test
    void a_rate_limit_answer_is_retried_and_a_wrong_key_is_refused_without_retrying() throws Exception {
        receiver = Receiver.start("");
        int[] calls = {0};
        receiver.answer(request -> new Receiver.Answer(200, request.query().contains("key=bad")
                ? "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}"
                : ++calls[0] == 1 ? "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}" : "{\"errcode\":0}"));
        Channel good = new Channel("good", ChannelKind.WECOM, receiver.url("/send?key=good"), "", "zh", List.of());
        Channel bad = new Channel("bad", ChannelKind.WECOM, receiver.url("/send?key=bad"), "", "zh", List.of());
        CountDownLatch done = new CountDownLatch(2);
        try (ChannelWorker goodWorker = new ChannelWorker(good, FAST, new HttpSender(Duration.ofSeconds(5)), attempts::add,
                Clock.systemUTC()).start();
             ChannelWorker badWorker = new ChannelWorker(bad, FAST, new HttpSender(Duration.ofSeconds(5)), attempts::add,
                     Clock.systemUTC()).start()) {
            var alert = Alerts.cascade("nc-0123456789abcdef0123", 1, 4, AlertState.OPEN);
            goodWorker.offer(new Notification(alert, Notice.OPENED, good, LINK), Instant.now(), done::countDown);
            badWorker.offer(new Notification(alert, Notice.OPENED, bad, LINK), Instant.now(), done::countDown);
            assertThat(done.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        }

        assertThat(attempts.stream().filter(a -> a.notification().channel().id().equals("good")).map(Attempt::status))
                .containsExactly(Attempt.Status.RETRYING, Attempt.Status.DELIVERED);
        assertThat(attempts.stream().filter(a -> a.notification().channel().id().equals("bad")))
                .singleElement().satisfies(attempt -> {
                    assertThat(attempt.status()).isEqualTo(Attempt.Status.FAILED);
                    assertThat(attempt.error()).contains("errcode 93000");
                });
    }

    private static String parameter(String query, String name) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError(name + " not in " + query);
    }
}
