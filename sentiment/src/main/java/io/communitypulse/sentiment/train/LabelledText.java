package io.communitypulse.sentiment.train;

import io.communitypulse.sentiment.SentimentLabel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a {@code label<TAB>text} file. Labels are 1/0 (the review corpora) or
 * negative/neutral/positive (chat sets).
 */
public record LabelledText(SentimentLabel label, String text) {

    public static List<LabelledText> read(Path file) throws IOException {
        List<LabelledText> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab <= 0 || line.startsWith("#")) {
                continue;
            }
            rows.add(new LabelledText(parseLabel(line.substring(0, tab)), line.substring(tab + 1)));
        }
        return rows;
    }

    static SentimentLabel parseLabel(String label) {
        return switch (label.trim()) {
            case "1" -> SentimentLabel.POSITIVE;
            case "0" -> SentimentLabel.NEGATIVE;
            default -> SentimentLabel.fromWireName(label);
        };
    }
}
