package io.communitypulse.sentiment.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NaiveBayesBaselineTest {
    @TempDir
    Path dir;

    @Test
    void prints_the_model_then_accuracy_and_per_class_rates_per_test_file() throws IOException {
        Path train = Files.write(dir.resolve("train.tsv"), List.of("1\t好", "0\t坏", "neutral\t一般"));
        // 好好 is positive by its 1-grams (its 2-gram is unseen in both classes); 0 好 is the one miss
        Path test = Files.write(dir.resolve("test.tsv"), List.of("1\t好", "0\t坏", "1\t好好", "0\t好", "x\tskipped"));

        String printed = run(new Properties(), train.toString(), "--", test.toString());

        assertThat(printed).isEqualTo("""
                naive Bayes, character 1-3-grams, alpha 1.0, 2 training rows, 2 distinct n-grams
                %s accuracy=0.7500 n=4 positives=1.0000 negatives=0.5000
                """.formatted(test));
    }

    @Test
    void options_choose_the_n_gram_orders_presence_and_smoothing() throws IOException {
        Path train = Files.write(dir.resolve("train.tsv"), List.of("1\t好好吃", "0\t难吃"));
        Properties options = new Properties();
        options.setProperty("max", "2");
        options.setProperty("binary", "true");
        options.setProperty("alpha", "0.5");

        String printed = run(options, train.toString(), "--");

        // 1-grams 好 吃 难, 2-grams 好好 好吃 难吃
        assertThat(printed).isEqualTo("naive Bayes, character 1-2-grams (binary), alpha 0.5, 2 training rows, 6 distinct n-grams\n");
    }

    private static String run(Properties options, String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NaiveBayesBaseline.run(args, options, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
