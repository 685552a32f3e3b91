package io.communitypulse.sentiment.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Folds one char at a time: full-width forms to ASCII, traditional Chinese to simplified, Latin to
 * lower case. One 64K-entry table, so folding costs an array read per char.
 *
 * <p>The traditional-to-simplified pairs in {@code t2s.txt} were generated from ICU4J's
 * "Traditional-Simplified" transliterator (see sentiment-tools' {@code GenerateT2s}); only
 * one-to-one character pairs are kept, which covers what chat members type.
 */
final class CharFolding {
    private static final char[] FOLD = buildTable();

    private CharFolding() {
    }

    static char fold(char c) {
        return FOLD[c];
    }

    private static char[] buildTable() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < table.length; c++) {
            table[c] = (char) c;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            table[c] = Character.toLowerCase(c);
        }
        for (int c = 0xFF01; c <= 0xFF5E; c++) {
            table[c] = table[c - 0xFEE0];
        }
        table[0x3000] = ' ';
        table['\t'] = ' ';
        table['\n'] = ' ';
        table['\r'] = ' ';
        table['\u3002'] = '.';   // 。 so that 。。。 and ... collapse alike
        table['\u3001'] = ',';   // 、
        table['\u201C'] = '"';
        table['\u201D'] = '"';
        table['\u2018'] = '\'';
        table['\u2019'] = '\'';
        table['\u3010'] = '[';   // 【
        table['\u3011'] = ']';   // 】
        table['\uFF5E'] = '~';
        table['\u301C'] = '~';
        String pairs = readPairs();
        for (int i = 0; i + 1 < pairs.length(); i += 2) {
            table[pairs.charAt(i)] = pairs.charAt(i + 1);
        }
        return table;
    }

    private static String readPairs() {
        try (InputStream in = CharFolding.class.getResourceAsStream("/io/communitypulse/sentiment/t2s.txt")) {
            if (in == null) {
                throw new IllegalStateException("t2s.txt missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
