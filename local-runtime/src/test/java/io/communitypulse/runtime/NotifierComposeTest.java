package io.communitypulse.runtime;

import static io.communitypulse.runtime.ComposeFile.ROOT;
import static io.communitypulse.runtime.ComposeFile.strings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.communitypulse.notifier.NotifierConfig;
import io.communitypulse.notifier.NotifierMain;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The notifier's service in docker-compose.yml runs the notifier with flags it accepts and a configuration it reads. */
class NotifierComposeTest {

    private final JsonNode notifier = ComposeFile.parse().at("/services/notifier");

    @Test
    void runsTheNotifierWithItsConfigurationAsASecretAndFlagsItAccepts() {
        List<String> command = strings(notifier.at("/command"));
        List<String> args = new ArrayList<>(command.subList(command.indexOf("io.communitypulse.notifier.NotifierMain") + 1,
                command.size()));
        args.set(args.indexOf("--config") + 1, ROOT.resolve("deploy/notifier.example.json").toString());
        // compose fills this in from .env
        assertThat(ComposeFile.flag(args, "--dashboard-url")).startsWith("${PULSE_DASHBOARD_URL:?");
        args.set(args.indexOf("--dashboard-url") + 1, "https://pulse.example.com");

        NotifierConfig config = NotifierMain.parse(args);

        assertThat(strings(notifier.at("/secrets"))).containsExactly("notifier-config");
        assertThat(ComposeFile.flag(command, "--config")).isEqualTo("/run/secrets/notifier-config");
        assertThat(config.kafka()).isEqualTo("kafka:9092");
        assertThat(config.channels()).containsKeys("brand-a-ops-wecom", "brand-a-dingtalk", "brand-a-feishu", "integrator");
        assertThat(strings(notifier.at("/networks"))).as("robots are outside: it needs a route out").contains("frontend");
        assertThat(notifier.at("/ports").isMissingNode()).as("the notifier listens on nothing").isTrue();
    }
}
