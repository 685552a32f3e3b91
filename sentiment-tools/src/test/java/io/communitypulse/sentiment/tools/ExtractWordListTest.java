package io.communitypulse.sentiment.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractWordListTest {
    private static final String HEADER_END = " times in the training files, from com.huaban:jieba-analysis:1.0.2 dict.txt (Apache-2.0); see docs/sentiment.md\n";

    @TempDir
    Path dir;
    private Path dictionary;

    @BeforeEach
    void writeDictionary() throws IOException {
        dictionary = Files.write(dir.resolve("dict.txt"), List.of(
                "好吃 300 a", "难吃 200 a", "配送 150 v", "太慢 100 a",
                "喫飯 90 v", "吃饭 10 v", // one word once normalised: 100, tied with 太慢
                "非常好吃的 50 a", "好 1000 a", "OK了 40 x", "lonely"));
    }

    @Test
    void keeps_two_to_four_cjk_chars_most_frequent_first_ties_by_word() throws IOException {
        assertThat(ExtractWordList.wordList(new String[] {dictionary.toString(), "10"}))
                .isEqualTo("# top 10 words of 2-4 CJK chars by frequency, seen >= 0" + HEADER_END
                        + "好吃\n难吃\n配送\n吃饭\n太慢\n");
    }

    @Test
    void keeps_the_limit_most_frequent() throws IOException {
        assertThat(ExtractWordList.wordList(new String[] {dictionary.toString(), "2"}))
                .isEqualTo("# top 2 words of 2-4 CJK chars by frequency, seen >= 0" + HEADER_END + "好吃\n难吃\n");
    }

    @Test
    void with_training_files_keeps_only_words_seen_min_count_times() throws IOException {
        Path train = Files.write(dir.resolve("train.tsv"), List.of("1\t好吃，配送很快", "0\t太难吃了，配送太慢", "1\t好吃"));
        assertThat(ExtractWordList.wordList(new String[] {dictionary.toString(), "10", "2", train.toString()}))
                .isEqualTo("# top 10 words of 2-4 CJK chars by frequency, seen >= 2" + HEADER_END + "好吃\n配送\n");
    }
}
