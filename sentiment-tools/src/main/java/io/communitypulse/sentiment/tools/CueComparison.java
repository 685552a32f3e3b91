package io.communitypulse.sentiment.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares what two builds of the scorer say about the same messages, for changes meant to alter cues or aspects
 * only: how many results differ in label or score, in cues, in aspects; per build, how many cues end in a numeral
 * or start with a unit character (number fragments such as 等了两, 个月), and how many negative messages are
 * tagged only {@code other}. Each DIR is a compiled {@code sentiment/target/classes} of one version (see
 * {@link Build}). Messages: the four eval files plus waimai_train for the differences (18,091 rows); the four eval
 * files for the fragment counts; waimai_test and the two chat sets for the {@code other}-only count. Run from the
 * repository root:
 * <pre>
 * ./pulse sentiment tool CueComparison DIR_A DIR_B
 * </pre>
 */
public final class CueComparison {
    private static final String NUMERALS = "一二两三四五六七八九十几半0123456789";
    private static final String UNIT_CHARS = "个点天时分钟";

    private CueComparison() {
    }

    public static void main(String[] args) throws Throwable {
        run(new Build(args[0]), new Build(args[1]), ToolPaths.DATA, ToolPaths.CHAT_SETS, System.out);
    }

    static void run(Build a, Build b, Path data, Path chatSets, PrintStream out) throws Throwable {
        List<Path> evalFiles = List.of(data.resolve("retail_test.tsv"), data.resolve("waimai_test.tsv"),
                chatSets.resolve("chat_test.tsv"), chatSets.resolve("chat_holdout.tsv"));
        List<Path> otherOnlyFiles = List.of(data.resolve("waimai_test.tsv"), chatSets.resolve("chat_test.tsv"),
                chatSets.resolve("chat_holdout.tsv"));
        List<Path> files = new ArrayList<>(evalFiles);
        files.add(data.resolve("waimai_train.tsv"));
        int rows = 0;
        int scores = 0;
        int cues = 0;
        int aspects = 0;
        for (Path file : files) {
            for (String text : WordLists.texts(file)) {
                Object ra = a.score(text);
                Object rb = b.score(text);
                rows++;
                scores += differ(ra, rb, "label") || differ(ra, rb, "score") ? 1 : 0;
                cues += differ(ra, rb, "cues") ? 1 : 0;
                aspects += differ(ra, rb, "aspects") ? 1 : 0;
            }
        }
        out.printf("%,d messages: %d differ in label or score, %d in cues, %d in aspects%n", rows, scores, cues,
                aspects);
        for (Build build : List.of(a, b)) {
            report(build, evalFiles, otherOnlyFiles, out);
        }
    }

    private static void report(Build build, List<Path> evalFiles, List<Path> otherOnlyFiles, PrintStream out)
            throws Throwable {
        int endInNumeral = 0;
        int startWithUnit = 0;
        for (Path file : evalFiles) {
            for (String text : WordLists.texts(file)) {
                for (Object cue : (List<?>) Build.component(build.score(text), "cues")) {
                    String c = cue.toString();
                    endInNumeral += NUMERALS.indexOf(c.charAt(c.length() - 1)) >= 0 ? 1 : 0;
                    startWithUnit += UNIT_CHARS.indexOf(c.charAt(0)) >= 0 ? 1 : 0;
                }
            }
        }
        int negative = 0;
        int otherOnly = 0;
        for (Path file : otherOnlyFiles) {
            for (String text : WordLists.texts(file)) {
                Object result = build.score(text);
                if (String.valueOf(Build.component(result, "label")).equals("NEGATIVE")) {
                    negative++;
                    otherOnly += String.valueOf(Build.component(result, "aspects")).equals("[OTHER]") ? 1 : 0;
                }
            }
        }
        out.printf("%s: cues ending in a numeral %d, starting with a unit char %d (eval files); "
                + "negative messages tagged only other %d of %d (waimai_test and chat sets)%n",
                build.dir, endInNumeral, startWithUnit, otherOnly, negative);
    }

    /** Compared as text: each build has its own classes, so its enums never equal the other's. */
    private static boolean differ(Object a, Object b, String component) throws ReflectiveOperationException {
        return !String.valueOf(Build.component(a, component)).equals(String.valueOf(Build.component(b, component)));
    }
}
