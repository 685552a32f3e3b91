package io.communitypulse.sentiment.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnWordListTest {
    /**
     * 1-grams 好 3, 吃 4, 难 2, 过 1 (10); 2-grams 好吃 3, 难吃 1, 难过 1 (5). PMI: 好吃 ln(0.6 / (0.3 * 0.4)) = 1.61,
     * 难吃 ln(0.2 / (0.2 * 0.4)) = 0.92, 难过 ln(0.2 / (0.2 * 0.1)) = 2.30.
     */
    private static final List<String> ROWS = List.of("1\t好吃", "1\t好吃", "1\t好吃", "0\t难吃", "0\t难过");
    /** In fold 0, the validation split. */
    private static final String VALIDATION_ROW = "0\t难吃死了";

    @TempDir
    Path dir;

    @Test
    void keeps_strings_whose_every_split_sticks_together_most_frequent_first() throws IOException {
        Path train = Files.write(dir.resolve("train.tsv"), ROWS);
        assertThat(LearnWordList.wordList(new String[] {"1", "1.0", "false", train.toString()}))
                .isEqualTo("# learned: 2-4 CJK chars, count >= 1, min split PMI >= 1.0\n好吃\n难过\n");
        assertThat(LearnWordList.wordList(new String[] {"1", "2", "false", train.toString()})).endsWith("\n难过\n");
        assertThat(LearnWordList.wordList(new String[] {"2", "0", "false", train.toString()})).endsWith("\n好吃\n");
    }

    @Test
    void holding_out_validation_leaves_fold_zero_rows_out() throws IOException {
        assertThat(Folds.of("难吃死了")).isZero();
        Path without = Files.write(dir.resolve("without.tsv"), ROWS);
        List<String> rows = new ArrayList<>(ROWS);
        rows.add(VALIDATION_ROW);
        Path with = Files.write(dir.resolve("with.tsv"), rows);
        String expected = LearnWordList.wordList(new String[] {"1", "0.5", "false", without.toString()});

        assertThat(LearnWordList.wordList(new String[] {"1", "0.5", "true", with.toString()})).isEqualTo(expected);
        assertThat(LearnWordList.wordList(new String[] {"1", "0.5", "false", with.toString()})).isNotEqualTo(expected);
    }
}
