package io.communitypulse.sentiment.tools;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates sentiment's {@code t2s.txt}: every char of U+3400..U+9FFF that ICU4J's "Traditional-Simplified"
 * transliterator turns into one other char, written as the pair (traditional, simplified), pairs back to back;
 * prints how many. ICU4J's version is pinned in the parent pom (77.1, 2,906 pairs). Run from the repository root:
 * <pre>
 * ./pulse sentiment tool GenerateT2s sentiment/src/main/resources/io/communitypulse/sentiment/t2s.txt
 * </pre>
 */
public final class GenerateT2s {
    private static final int FIRST = 0x3400;
    private static final int LAST = 0x9FFF;

    private GenerateT2s() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println(generate(Path.of(args[0])));
    }

    /** Writes the pairs to {@code out}; returns how many. */
    static int generate(Path out) throws IOException {
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        StringBuilder pairs = new StringBuilder();
        int n = 0;
        for (int c = FIRST; c <= LAST; c++) {
            String traditional = String.valueOf((char) c);
            String simplified = toSimplified.transliterate(traditional);
            if (simplified.length() == 1 && simplified.charAt(0) != c) {
                pairs.append(traditional).append(simplified);
                n++;
            }
        }
        Files.writeString(out, pairs.toString());
        return n;
    }
}
