package io.communitypulse.api;

import static io.communitypulse.api.Fixtures.BASE;
import static io.communitypulse.api.Fixtures.BRAND_A;
import static io.communitypulse.api.Fixtures.OPERATOR_A;
import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.api.clickhouse.ClickHouse;
import io.communitypulse.events.Topics;
import io.communitypulse.events.alert.AlertJson;
import io.communitypulse.testing.ClickHouseExtension;
import io.communitypulse.testing.KafkaExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser (headless Chromium driven by Selenium) against the running API,
 * the real ClickHouse and the real Kafka topic: a new alert appears live, and acknowledging it is
 * recorded in the audit table and shown on the alert's page.
 */
class DashboardBrowserTest {

    @RegisterExtension
    static final ClickHouseExtension clickHouse = new ClickHouseExtension();
    @RegisterExtension
    static final KafkaExtension kafka = new KafkaExtension();

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ALERT_ID = "nc-b0000000000000000001";

    private QueryApiServer api;
    private ChromeDriver browser;

    @BeforeEach
    void start() {
        kafka.createTopics(List.of(Topics.ALERTS), 3);
        api = QueryApiServer.start(ClickHouse.at(clickHouse.jdbcUrl()), ApiConfig.of(Fixtures.tokens(), kafka.bootstrapServers()), 0);
        browser = Chromium.start();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        api.close();
    }

    @Test
    void a_new_alert_appears_live_and_acknowledging_it_is_audited() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        browser.get("http://127.0.0.1:" + api.port() + "/?access_token=" + OPERATOR_A);
        wait.until(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "live"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#inbox-tabs .tab.active[data-status='open']")));
        assertThat(browser.findElements(By.cssSelector("[data-alert-id='" + ALERT_ID + "']"))).isEmpty();

        // the pipeline's two outputs: the row in ClickHouse and the revision on the topic
        clickHouse.execute(SeededAlert.cascade(ALERT_ID, BRAND_A, BASE).insertSql());
        kafka.send(Topics.ALERTS, ALERT_ID, AlertJson.write(StreamAlerts.cascade(ALERT_ID, BRAND_A, 1)));

        WebElement live = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#alert-list li[data-alert-id='" + ALERT_ID + "']")));
        assertThat(live.getText()).contains("水光面霜");
        WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#inbox-list li[data-alert-id='" + ALERT_ID + "']")));
        item.findElement(By.cssSelector("button.act[data-action='ack']")).click();

        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#inbox-list li[data-alert-id='" + ALERT_ID + "']"), 0));
        browser.findElement(By.cssSelector("#inbox-tabs .tab[data-status='acked']")).click();
        WebElement acked = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#inbox-list li[data-alert-id='" + ALERT_ID + "']")));
        assertThat(acked.getText()).contains("operator Li (brand a)");
        assertThat(clickHouse.rows("SELECT action, actor, role FROM alert_actions WHERE alert_id = '" + ALERT_ID + "'"))
                .containsExactly(List.of("ack", "operator Li (brand a)", "operator"));

        acked.findElement(By.cssSelector("a.details")).click();
        WebElement entry = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#audit li[data-action='ack']")));
        assertThat(entry.getText()).contains("operator Li (brand a)");
        assertThat(browser.findElements(By.cssSelector("#timeline li"))).hasSize(3);
    }

    @Test
    void the_api_document_is_browsable() {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        browser.get("http://127.0.0.1:" + api.port() + "/api-docs.html");

        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 10));
        assertThat(browser.findElement(By.cssSelector(".info .title")).getText()).contains("Community Pulse API");
        assertThat(browser.findElements(By.cssSelector(".opblock-post"))).hasSize(5);
    }
}
