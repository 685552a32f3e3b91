package io.communitypulse.sentiment.tools;

import io.communitypulse.sentiment.text.TextNormaliser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the two word-list tools share: which strings count as words, and the texts of a train file. */
final class WordLists {
    private WordLists() {
    }

    /** Every char in the CJK Unified Ideographs block (U+4E00..U+9FFF). */
    static boolean allCjk(String s) {
        return s.chars().allMatch(c -> c >= 0x4e00 && c <= 0x9fff);
    }

    /** The text after the first tab of every line, raw. */
    static List<String> texts(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(line -> line.substring(line.indexOf('\t') + 1))
                .toList();
    }

    static List<String> normalisedTexts(Path file) throws IOException {
        return texts(file).stream().map(TextNormaliser::normalise).toList();
    }
}
