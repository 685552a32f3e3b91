package io.communitypulse.notifier.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertEvidence;
import io.communitypulse.events.alert.AlertState;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A community-health alert reads with its type's name and its summary, the baseline included. */
class HealthAlertTextTest {

    private static final Instant AT = Instant.parse("2026-11-23T06:00:00Z");

    @Test
    void mass_exit_names_its_type_and_explains_itself_in_the_channels_language() {
        Alert alert = new Alert("mx-0123456789abcdef0123", 1, "mass_exit", "brand_a", "g-1", 7, AlertState.OPEN, "group",
                "g-1", "12 人在 30 分钟内退出群 g-1（平时 30 分钟约 0.2 人） | 12 members left group g-1 within 30 min"
                        + " (usually 0.2 in 30 min)",
                AT, AT.plusSeconds(1800), AT.plusSeconds(1800), List.of("u1"), 12,
                List.of(new AlertEvidence("m1", "都退了吧，别买了", "u1", AT)), List.of(), List.of(), "{}", List.of(), "");
        Channel channel = new Channel("c1", ChannelKind.WECOM, URI.create("http://127.0.0.1:1/x"), "", "zh", List.of());
        AlertText zh = AlertText.of(new Notification(alert, Notice.OPENED, channel, URI.create("http://d/alert.html")));
        Channel english = new Channel("c2", ChannelKind.WECOM, URI.create("http://127.0.0.1:1/x"), "", "en", List.of());
        AlertText en = AlertText.of(new Notification(alert, Notice.OPENED, english, URI.create("http://d/alert.html")));

        assertThat(zh.title()).contains("集体退群");
        assertThat(zh.facts()).contains(new AlertText.Fact("原因", "12 人在 30 分钟内退出群 g-1（平时 30 分钟约 0.2 人）"));
        assertThat(en.title()).contains("Mass exit");
        assertThat(en.facts()).contains(new AlertText.Fact("Why", "12 members left group g-1 within 30 min (usually 0.2 in 30 min)"));
        assertThat(zh.quotes()).singleElement().satisfies(q -> assertThat(q.text()).isEqualTo("都退了吧，别买了"));
    }
}
