package io.communitypulse.sentiment.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.sentiment.SentimentLabel;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingFilesTest {

    @Test
    void smallFilesAreRepeatedBySquareRootOfTheSizeRatio() {
        assertThat(TrainingFiles.repeats(42_072, 42_072)).isEqualTo(1);
        assertThat(TrainingFiles.repeats(9_534, 42_072)).isEqualTo(2);
        assertThat(TrainingFiles.repeats(400, 42_072)).isEqualTo(10);
        assertThat(TrainingFiles.repeats(0, 42_072)).isEqualTo(0);
    }

    @Test
    void balancedKeepsEveryRowAndRepeatsTheSmallFile() {
        List<LabelledText> big = Collections.nCopies(400, new LabelledText(SentimentLabel.POSITIVE, "好"));
        List<LabelledText> small = List.of(new LabelledText(SentimentLabel.NEGATIVE, "差"));
        List<LabelledText> rows = TrainingFiles.balanced(List.of(big, small));
        assertThat(rows).hasSize(400 + 20);
        assertThat(rows.stream().filter(r -> r.label() == SentimentLabel.NEGATIVE)).hasSize(20);
    }
}
