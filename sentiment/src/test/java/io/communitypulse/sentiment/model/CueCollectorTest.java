package io.communitypulse.sentiment.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.sentiment.text.SignalTokens;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which n-grams become cues: the strongest supporters of the label, whatever order the text has them in. */
class CueCollectorTest {
    /** Twenty distinct characters: bigram {@code i} is chars 2i and 2i+1, so no two bigrams overlap. */
    private static final String TEXT = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉";

    private static List<String> cuesOfBigrams(float sign, float... weights) {
        Features f = new Features();
        f.reset(TEXT.length());
        for (int i = 0; i < weights.length; i++) {
            f.add(i, 1f, 2 * i, 2);
        }
        f.gatherWeights(weights);
        CueCollector collector = new CueCollector();
        collector.reset(TEXT);
        collector.offerNgrams(f, sign);
        return collector.render(SignalTokens.instance(), null);
    }

    @Test
    void theStrongestSupportersWinWhereverTheyStand() {
        // the four strongest come last in the text, after more than a collector-full of weaker ones
        List<String> cues = cuesOfBigrams(1f, 0.1f, 0.2f, 0.3f, 0.15f, 0.25f, 0.12f, 0.05f, 2f, 4f, 3f);
        assertThat(cues).containsExactly("午未", "申酉", "辰巳", "戊己");
    }

    @Test
    void nGramsAgainstTheLabelAreNeverCues() {
        List<String> cues = cuesOfBigrams(-1f, 0.5f, -0.3f, 0.7f, -0.9f);
        assertThat(cues).containsExactly("庚辛", "丙丁");
    }

    @Test
    void aTieGoesToTheEarlierNGram() {
        List<String> cues = cuesOfBigrams(1f, 0.1f, 0.5f, 0.9f, 0.8f, 0.7f, 0.5f);
        assertThat(cues).containsExactly("戊己", "庚辛", "壬癸", "丙丁");
    }
}
