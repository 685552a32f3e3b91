package io.communitypulse.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.sentiment.eval.Evaluation;
import io.communitypulse.sentiment.train.LabelledText;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-written chat set, three labels. Measured with model v2: accuracy 0.892, macro F1 0.894 (v1: 0.895,
 * 0.897); the floor sits a point below so a real regression fails.
 */
class ChatRegressionTest {

    @Test
    void chatSetAccuracyDoesNotRegress() throws Exception {
        List<LabelledText> rows = LabelledText.read(Path.of(
                ChatRegressionTest.class.getResource("/chat_test.tsv").toURI()));
        Evaluation result = Evaluation.run(SentimentModel.loadDefault(ProductCatalogue.empty()), rows);

        assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
        assertThat(result.accuracy()).isGreaterThanOrEqualTo(0.88);
        assertThat(result.macroF1()).isGreaterThanOrEqualTo(0.88);
        // a complaint read as praise is the costliest mistake: keep it rare
        assertThat(result.count(SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE)).isLessThanOrEqualTo(3);
    }
}
