package io.communitypulse.sentiment.bench;

import io.communitypulse.sentiment.train.LabelledText;
import io.communitypulse.sentiment.train.TrainingFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The benchmark's message mix: every chat-set message, the food-delivery test reviews (short, like
 * chat) and the first 1,000 retail test reviews (long), shuffled with a fixed seed.
 */
public final class BenchmarkMessages {
    static final int RETAIL_ROWS = 1000;

    private BenchmarkMessages() {
    }

    public static Path chatSet(Path root) {
        return root.resolve("sentiment/src/test/resources/chat_test.tsv");
    }

    /** The held-out chat set (never tuned on): in the accuracy table, not in the benchmark mix. */
    public static Path chatHoldout(Path root) {
        return root.resolve("sentiment/src/test/resources/chat_holdout.tsv");
    }

    public static Path testFile(Path root, String name) {
        return root.toAbsolutePath().getParent().resolve("shared/data/sentiment").resolve(name);
    }

    public static String[] load() throws IOException {
        Path root = TrainingFiles.repositoryRoot(Path.of("").toAbsolutePath());
        List<String> texts = new ArrayList<>();
        LabelledText.read(chatSet(root)).forEach(r -> texts.add(r.text()));
        LabelledText.read(testFile(root, "waimai_test.tsv")).forEach(r -> texts.add(r.text()));
        LabelledText.read(testFile(root, "retail_test.tsv")).stream().limit(RETAIL_ROWS).forEach(r -> texts.add(r.text()));
        Collections.shuffle(texts, new Random(42));
        return texts.toArray(String[]::new);
    }

    public static double meanLength(String[] texts) {
        long chars = 0;
        for (String t : texts) {
            chars += t.length();
        }
        return (double) chars / texts.length;
    }
}
