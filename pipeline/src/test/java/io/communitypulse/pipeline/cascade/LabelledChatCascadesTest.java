package io.communitypulse.pipeline.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A guard on the cascade rule's figures on the labelled chat sets' dev conversations (docs/alerts.md):
 * it fails if a change catches fewer cascades by their third member or raises more false alarms than
 * the release measured. Dev only: the test splits are scored once per release.
 */
class LabelledChatCascadesTest {

    private static final Path CHAT = Path.of(System.getProperty("repository.root", "..")).resolve("data/chat");

    @Test
    void catchesTheDevCascadesOfTheFirstAuthor() throws Exception {
        LabelledChatCascades figures = LabelledChatCascades.score(CHAT.resolve("complaints.tsv"), "dev", false);

        assertThat(figures.cascades()).isEqualTo(93);
        assertThat(figures.caught()).isGreaterThanOrEqualTo(90);
        assertThat(figures.falseAlarms()).isLessThanOrEqualTo(2);
    }

    @Test
    void catchesTheDevCascadesOfTheSecondAuthor() throws Exception {
        LabelledChatCascades figures = LabelledChatCascades.score(CHAT.resolve("complaints_voices.tsv"), "dev", false);

        assertThat(figures.cascades()).isEqualTo(59);
        assertThat(figures.caught()).isGreaterThanOrEqualTo(56);
        assertThat(figures.falseAlarms()).isLessThanOrEqualTo(2);
    }
}
