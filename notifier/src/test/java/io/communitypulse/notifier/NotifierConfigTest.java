package io.communitypulse.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.communitypulse.notifier.channel.ChannelKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The configuration the README and deploy/ show is one the notifier reads; mistakes name the entry. */
class NotifierConfigTest {

    private static final Path ROOT = Path.of(System.getProperty("repository.root", ".."));
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsTheReadmesExampleWithEveryChannelKind() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher block = Pattern.compile("(?s)## Notifier.*?```json\\n(.*?)```").matcher(readme);
        assertThat(block.find()).as("a JSON example under ## Notifier").isTrue();

        NotifierConfig config = NotifierConfig.fromJson(JSON.readTree(block.group(1)));

        assertThat(config.channels().values()).extracting(channel -> channel.kind())
                .containsExactlyInAnyOrder(ChannelKind.WECOM, ChannelKind.DINGTALK, ChannelKind.FEISHU, ChannelKind.WEBHOOK);
        assertThat(config.channels().get("crm").rateLimits()).containsExactly(ChannelKind.RateWindow.of(10, Duration.ofSeconds(1)));
        assertThat(config.channels().get("ops-wecom").rateLimits()).isEqualTo(ChannelKind.WECOM.platformLimits());
        assertThat(config.routes().get(0).quietHours().unlessSeverityAtLeast()).isEqualTo(8);
        assertThat(config.routes().get(1).minInterval()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void readsTheDeploymentExample() {
        NotifierConfig config = NotifierConfig.fromFile(ROOT.resolve("deploy/notifier.example.json"));

        assertThat(config.routes()).hasSize(3);
        assertThat(config.startFrom()).isEqualTo("latest");
    }

    @Test
    void refusesARouteToAnUnknownChannelAWebhookWithoutSecretAndAnUnknownKind() {
        assertThatThrownBy(() -> parse("""
                {"channels": [{"id": "a", "kind": "wecom", "url": "http://x"}], "routes": [{"brand": "b", "channels": ["nope"]}]}"""))
                .hasMessageContaining("'nope'");
        assertThatThrownBy(() -> parse("""
                {"channels": [{"id": "hook", "kind": "webhook", "url": "http://x"}]}"""))
                .hasMessageContaining("hook").hasMessageContaining("secret");
        assertThatThrownBy(() -> parse("""
                {"channels": [{"id": "q", "kind": "qq", "url": "http://x"}]}"""))
                .hasMessageContaining("qq").hasMessageContaining("wecom, dingtalk, feishu, webhook");
    }

    private static NotifierConfig parse(String json) throws Exception {
        return NotifierConfig.fromJson(JSON.readTree(json));
    }
}
