package io.communitypulse.sentiment.complaint.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.communitypulse.sentiment.complaint.LineClassifier;
import io.communitypulse.sentiment.complaint.LineFeatures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The learned reader's line classifier: features per context, margins, and training that learns and repeats itself. */
class LineClassifierTest {

    @Test
    void everyFeatureComesAloneAndOncePerContext() {
        List<int[]> seen = new ArrayList<>();
        LineFeatures.extract("ab", -0.5, List.of(), (context, index, value) -> seen.add(new int[] {context, index}));
        // "ab" with its two boundaries is 4 characters: 4 + 3 + 2 = 9 n-grams, and 4 dense features, per context
        for (int c = 0; c < LineFeatures.CONTEXTS; c++) {
            int context = c;
            assertThat(seen.stream().filter(f -> f[0] == context)).hasSize(9 + 4);
        }
        assertThat(seen).allSatisfy(f -> assertThat(f[1]).isBetween(0, LineFeatures.SIZE - 1));
    }

    @Test
    void aContextAddsItsOwnWeightsToTheLinesAlone() {
        float[] weights = new float[LineFeatures.SIZE];
        int[] bias = {-1};
        LineFeatures.extract("x", 0.0, List.of(), (context, index, value) -> {
            if (context == LineFeatures.AFTER_PRAISE && index >= 1 << LineFeatures.HASH_BITS && bias[0] < 0) {
                bias[0] = index; // the first dense feature of the after-praise context: its bias
            }
        });
        weights[bias[0]] = -2f;
        double[] margins = new LineClassifier(weights).margins("x", 0.0, List.of());
        assertThat(margins[LineFeatures.ALONE]).isZero();
        assertThat(margins[LineFeatures.AFTER_COMPLAINT]).isZero();
        assertThat(margins[LineFeatures.AFTER_PRAISE]).isEqualTo(-2.0);
        assertThatThrownBy(() -> new LineClassifier(new float[3])).hasMessageContaining("expected");
    }

    @Test
    void learnsWrittenLinesAndGivesTheSameWeightsTwice() {
        List<LineTraining.Example> examples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            examples.add(new LineTraining.Example("杯盖漏水" + i, -0.5, LineFeatures.ALONE, true, List.of(), 1.0));
            examples.add(new LineTraining.Example("周末愉快" + i, 0.4, LineFeatures.ALONE, false, List.of(), 1.0));
            examples.add(new LineTraining.Example("我也是", 0.0, LineFeatures.AFTER_COMPLAINT, true, List.of(), 1.0));
            examples.add(new LineTraining.Example("我也是", 0.0, LineFeatures.AFTER_PRAISE, false, List.of(), 1.0));
        }
        LineClassifier first = LineTraining.train(examples);
        assertThat(first.probability("杯盖漏水了", -0.5, List.of(), LineFeatures.ALONE)).isGreaterThan(0.5);
        assertThat(first.probability("周末愉快呀", 0.4, List.of(), LineFeatures.ALONE)).isLessThan(0.5);
        assertThat(first.probability("我也是", 0.0, List.of(), LineFeatures.AFTER_COMPLAINT))
                .isGreaterThan(first.probability("我也是", 0.0, List.of(), LineFeatures.AFTER_PRAISE));
        assertThat(LineTraining.train(examples).margins("杯盖漏水了", -0.5, List.of())).containsExactly(first.margins("杯盖漏水了", -0.5, List.of()));
    }
}
