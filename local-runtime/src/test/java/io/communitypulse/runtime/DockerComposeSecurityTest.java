package io.communitypulse.runtime;

import static io.communitypulse.runtime.ComposeFile.ROOT;
import static io.communitypulse.runtime.ComposeFile.flag;
import static io.communitypulse.runtime.ComposeFile.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.communitypulse.api.auth.TokenStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * docker-compose.yml is presented for production: no database open to the network, no password or
 * all-brands token in the repository, a user per program with only its grants, checkpoints that
 * survive a restart. No Docker engine runs here, so these are checks of the files themselves.
 */
class DockerComposeSecurityTest {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[?-]?)");
    private static final String USERS_IN_CONTAINER = "/etc/clickhouse-server/users.d/pulse-users.xml";
    private static JsonNode compose;
    private static JsonNode services;
    private static String text;

    @BeforeAll
    static void parse() throws Exception {
        compose = ComposeFile.parse();
        services = compose.get("services");
        text = Files.readString(ROOT.resolve("docker-compose.yml"));
    }

    @Test
    void clickHouseAndKafkaAreReachableOnlyFromTheInternalNetwork() {
        for (String service : List.of("clickhouse", "kafka")) {
            assertThat(services.at("/" + service + "/ports").isMissingNode()).as("%s publishes no port", service).isTrue();
            assertThat(strings(services.at("/" + service + "/networks")))
                    .as("%s networks", service).isNotEmpty().allSatisfy(network ->
                            assertThat(compose.at("/networks/" + network + "/internal").asBoolean()).as(network).isTrue());
        }
    }

    @Test
    void onlyTheApiIsPublishedBeyondThisHost() {
        services.properties().forEach(service -> strings(service.getValue().path("ports")).forEach(port -> {
            if (!service.getKey().equals("api")) {
                assertThat(port).as("%s publishes on loopback only", service.getKey()).startsWith("127.0.0.1:");
            }
        }));
    }

    @Test
    void everySecretComesFromTheGitIgnoredEnvFileAndMustBeSet() throws Exception {
        Properties example = new Properties();
        try (var in = Files.newBufferedReader(ROOT.resolve(".env.example"))) {
            example.load(in);
        }
        Matcher variables = VARIABLE.matcher(text);
        List<String> used = new ArrayList<>();
        while (variables.find()) {
            used.add(variables.group(1));
            assertThat(variables.group(2)).as("${%s} fails when unset instead of defaulting", variables.group(1)).isEqualTo(":?");
        }

        assertThat(used).contains("CLICKHOUSE_ADMIN_PASSWORD", "PULSE_WRITER_PASSWORD", "PULSE_API_CLICKHOUSE_PASSWORD",
                "PULSE_BI_PASSWORD", "PULSE_API_TOKENS_FILE");
        assertThat(example.stringPropertyNames()).containsAll(used);
        used.stream().filter(name -> name.contains("PASSWORD"))
                .forEach(name -> assertThat(example.getProperty(name)).as("%s in .env.example", name).isEmpty());
        assertThat(text).doesNotContainPattern("password=[^$]");
        assertThat(Files.readAllLines(ROOT.resolve(".gitignore")))
                .contains(".env", Path.of(example.getProperty("PULSE_API_TOKENS_FILE")).normalize().toString());
    }

    @Test
    void eachProgramReachesClickHouseAsItsOwnUserWithOnlyItsGrants() throws Exception {
        Map<String, Element> users = clickHouseUsers();

        assertThat(users.get("default").getAttribute("remove")).as("no passwordless default user").isNotEmpty();
        assertConnectsAs("migrate", "pulse_admin", users);
        assertConnectsAs("job-submit", "pulse_writer", users);
        assertConnectsAs("api", "pulse_api", users);
        assertConnectsAs("notifier", "pulse_notifier", users);
        assertThat(grants(users.get("pulse_notifier"))).containsExactly("GRANT SELECT ON pulse.*", "GRANT INSERT ON pulse.deliveries");
        assertThat(grants(users.get("pulse_writer"))).containsExactly("GRANT SELECT, INSERT ON pulse.*");
        assertThat(grants(users.get("pulse_bi"))).containsExactly("GRANT SELECT ON pulse.*");
        assertThat(child(users.get("pulse_bi"), "profile")).isEqualTo("pulse_read_only");
        // the API writes only the operators' audit trail
        assertThat(grants(users.get("pulse_api"))).containsExactly("GRANT SELECT ON pulse.*", "GRANT INSERT ON pulse.alert_actions");
        assertThat(readonlyLevel("pulse_read_only")).isPositive();
        assertThat(grants(users.get("pulse_admin"))).allSatisfy(grant -> assertThat(grant).doesNotContain("*.*"));
    }

    @Test
    void shipsNoApiTokenThatWouldWork() throws Exception {
        Path example = ROOT.resolve("deploy/api-tokens.example.json");

        assertThatThrownBy(() -> TokenStore.fromFile(example))
                .as("the API refuses to start on the example as it is")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no token");
        try (var files = Files.list(ROOT.resolve("config"))) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.contains("token"));
        }
    }

    @Test
    void jobManagerAndTaskManagerShareOneCheckpointVolume() {
        String mount = "flink-checkpoints:/opt/flink/checkpoints";

        for (String role : List.of("jobmanager", "taskmanager")) {
            assertThat(strings(services.at("/" + role + "/volumes"))).as(role).contains(mount);
            assertThat(flinkProperties(role)).as(role).containsEntry("execution.checkpointing.dir", "file:///opt/flink/checkpoints");
            assertThat(services.at("/" + role + "/depends_on/flink-checkpoints-owner/condition").asText())
                    .isEqualTo("service_completed_successfully");
        }
        assertThat(compose.at("/volumes").has("flink-checkpoints")).isTrue();
        assertThat(strings(services.at("/flink-checkpoints-owner/volumes"))).containsExactly(mount);
        assertThat(strings(services.at("/flink-checkpoints-owner/entrypoint")))
                .containsExactly("chown", "-R", "flink:flink", "/opt/flink/checkpoints");
    }

    /** The service's --jdbc names {@code user}, whose password the ClickHouse service gets from the same variable. */
    private static void assertConnectsAs(String service, String user, Map<String, Element> users) {
        String passwordVariable = ((Element) users.get(user).getElementsByTagName("password").item(0)).getAttribute("from_env");
        String jdbc = flag(strings(services.at("/" + service + "/command")), "--jdbc");

        assertThat(passwordVariable).as("%s's password comes from the environment", user).isNotEmpty();
        assertThat(jdbc).contains("user=" + user + "&password=${" + passwordVariable + ":?");
        assertThat(services.at("/clickhouse/environment/" + passwordVariable).asText()).startsWith("${" + passwordVariable + ":?");
    }

    private static Map<String, Element> clickHouseUsers() throws Exception {
        String mounted = strings(services.at("/clickhouse/volumes")).stream()
                .filter(volume -> volume.contains(":" + USERS_IN_CONTAINER))
                .findFirst().orElseThrow(() -> new AssertionError("clickhouse mounts no " + USERS_IN_CONTAINER));
        Path file = ROOT.resolve(mounted.substring(0, mounted.indexOf(':')));
        NodeList users = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
                .getElementsByTagName("users").item(0).getChildNodes();
        Map<String, Element> byName = new LinkedHashMap<>();
        for (int i = 0; i < users.getLength(); i++) {
            if (users.item(i) instanceof Element user) {
                byName.put(user.getTagName(), user);
            }
        }
        return byName;
    }

    private static List<String> grants(Element user) {
        NodeList queries = user.getElementsByTagName("query");
        List<String> grants = new ArrayList<>();
        for (int i = 0; i < queries.getLength(); i++) {
            grants.add(queries.item(i).getTextContent().trim());
        }
        return grants;
    }

    private static String child(Element element, String tag) {
        return element.getElementsByTagName(tag).item(0).getTextContent().trim();
    }

    private static int readonlyLevel(String profile) throws Exception {
        Path file = ROOT.resolve("deploy/clickhouse/users.d/pulse-users.xml");
        Element profiles = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
                .getElementsByTagName("profiles").item(0);
        return Integer.parseInt(child((Element) profiles.getElementsByTagName(profile).item(0), "readonly"));
    }

    private static Map<String, String> flinkProperties(String role) {
        Map<String, String> properties = new LinkedHashMap<>();
        services.at("/" + role + "/environment/FLINK_PROPERTIES").asText().lines().forEach(line -> {
            int colon = line.indexOf(':');
            properties.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        });
        return properties;
    }
}
