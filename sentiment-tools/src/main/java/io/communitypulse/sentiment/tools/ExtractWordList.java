package io.communitypulse.sentiment.tools;

import io.communitypulse.sentiment.text.TextNormaliser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The word list (a) of the word-feature experiment in docs/sentiment.md (17,319 words; the experiment was not
 * shipped, and no shipped code reads a word list). Source: dict.txt inside the Maven Central artifact
 * com.huaban:jieba-analysis:1.0.2 (Apache-2.0; its dictionary is the one of the jieba Python project, MIT).
 * Keeps words of 2-4 characters that are all CJK after normalisation and occur at least MIN_COUNT times (as
 * substrings) in the given training files, the LIMIT most frequent in the dictionary (ties by word), one per
 * line, most frequent first, after a header line. Run from the repository root:
 * <pre>
 * unzip -p ~/.m2/repository/com/huaban/jieba-analysis/1.0.2/jieba-analysis-1.0.2.jar dict.txt &gt; /tmp/dict.txt
 * ./pulse sentiment tool ExtractWordList /tmp/dict.txt 100000 3 ../shared/data/sentiment/retail_train.tsv ../shared/data/sentiment/waimai_train.tsv &gt; words.txt
 * </pre>
 * (fetch the jar first with {@code mvn dependency:get -Dartifact=com.huaban:jieba-analysis:1.0.2}).
 */
public final class ExtractWordList {
    private ExtractWordList() {
    }

    /** DICT_TXT LIMIT [MIN_COUNT [TRAIN_FILE...]]. */
    public static void main(String[] args) throws IOException {
        System.out.print(wordList(args));
    }

    static String wordList(String[] a) throws IOException {
        int limit = Integer.parseInt(a[1]);
        Map<String, Long> frequency = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(a[0]), StandardCharsets.UTF_8)) {
            String[] fields = line.trim().split(" ");
            if (fields.length < 2) {
                continue;
            }
            String word = TextNormaliser.normalise(fields[0]);
            if (word.length() >= 2 && word.length() <= 4 && WordLists.allCjk(word)) {
                frequency.merge(word, Long.parseLong(fields[1]), Long::sum);
            }
        }
        int minCount = a.length > 2 ? Integer.parseInt(a[2]) : 0;
        Map<String, Integer> seen = new HashMap<>();
        for (int k = 3; k < a.length; k++) {
            for (String text : WordLists.normalisedTexts(Path.of(a[k]))) {
                for (int i = 0; i < text.length(); i++) {
                    for (int n = 2; n <= 4 && i + n <= text.length(); n++) {
                        if (frequency.containsKey(text.substring(i, i + n))) {
                            seen.merge(text.substring(i, i + n), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        List<Map.Entry<String, Long>> words = new ArrayList<>(frequency.entrySet());
        if (a.length > 3) {
            words.removeIf(w -> seen.getOrDefault(w.getKey(), 0) < minCount);
        }
        words.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        StringBuilder out = new StringBuilder("# top " + limit + " words of 2-4 CJK chars by frequency, seen >= " + minCount
                + " times in the training files, from com.huaban:jieba-analysis:1.0.2 dict.txt (Apache-2.0); see docs/sentiment.md\n");
        for (int i = 0; i < Math.min(limit, words.size()); i++) {
            out.append(words.get(i).getKey()).append('\n');
        }
        return out.toString();
    }
}
