// Compares what two builds of the scorer say about the same messages, for changes meant to alter cues or
// aspects only: how many results differ in label or score, in cues, in aspects; per build, how many cues end
// in a numeral or start with a unit character (number fragments such as 等了两, 个月), and how many negative
// messages are tagged only `other`. Not part of the build. Each DIR is a compiled sentiment/target/classes of
// one version (see SideBySideTiming.java). Run from the repository root, with only the Jackson jars on the
// class path (the builds are loaded by Build.java beside this file):
//   java -cp <jackson jars> sentiment/tools/CueComparison.java DIR_A DIR_B
// Messages: the four eval files plus waimai_train for the differences (18,091 rows); the four eval files for
// the fragment counts; waimai_test and the two chat sets for the `other`-only count.
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public class CueComparison {
    private static final String DATA = "../shared/data/sentiment/";
    private static final String CHAT = "sentiment/src/test/resources/";
    private static final List<String> EVAL_FILES = List.of(DATA + "retail_test.tsv", DATA + "waimai_test.tsv",
            CHAT + "chat_test.tsv", CHAT + "chat_holdout.tsv");
    private static final List<String> OTHER_ONLY_FILES = List.of(DATA + "waimai_test.tsv", CHAT + "chat_test.tsv",
            CHAT + "chat_holdout.tsv");
    private static final String NUMERALS = "一二两三四五六七八九十几半0123456789";
    private static final String UNIT_CHARS = "个点天时分钟";

    public static void main(String[] args) throws Throwable {
        Build a = new Build(args[0]);
        Build b = new Build(args[1]);
        List<String> files = new ArrayList<>(EVAL_FILES);
        files.add(DATA + "waimai_train.tsv");
        int rows = 0;
        int scores = 0;
        int cues = 0;
        int aspects = 0;
        for (String file : files) {
            for (String text : texts(file)) {
                Object ra = a.score.invokeExact(a.scorer, "b", text);
                Object rb = b.score.invokeExact(b.scorer, "b", text);
                rows++;
                scores += differ(ra, rb, "label") || differ(ra, rb, "score") ? 1 : 0;
                cues += differ(ra, rb, "cues") ? 1 : 0;
                aspects += differ(ra, rb, "aspects") ? 1 : 0;
            }
        }
        System.out.printf("%,d messages: %d differ in label or score, %d in cues, %d in aspects%n", rows, scores, cues,
                aspects);
        for (Build build : List.of(a, b)) {
            report(build);
        }
    }

    private static void report(Build build) throws Throwable {
        int endInNumeral = 0;
        int startWithUnit = 0;
        for (String file : EVAL_FILES) {
            for (String text : texts(file)) {
                for (Object cue : (List<?>) Build.component(build.score.invokeExact(build.scorer, "b", text), "cues")) {
                    String c = cue.toString();
                    endInNumeral += NUMERALS.indexOf(c.charAt(c.length() - 1)) >= 0 ? 1 : 0;
                    startWithUnit += UNIT_CHARS.indexOf(c.charAt(0)) >= 0 ? 1 : 0;
                }
            }
        }
        int negative = 0;
        int otherOnly = 0;
        for (String file : OTHER_ONLY_FILES) {
            for (String text : texts(file)) {
                Object result = build.score.invokeExact(build.scorer, "b", text);
                if (String.valueOf(Build.component(result, "label")).equals("NEGATIVE")) {
                    negative++;
                    otherOnly += String.valueOf(Build.component(result, "aspects")).equals("[OTHER]") ? 1 : 0;
                }
            }
        }
        System.out.printf("%s: cues ending in a numeral %d, starting with a unit char %d (eval files); "
                + "negative messages tagged only other %d of %d (waimai_test and chat sets)%n",
                build.dir, endInNumeral, startWithUnit, otherOnly, negative);
    }

    /** Compared as text: each build has its own classes, so its enums never equal the other's. */
    private static boolean differ(Object a, Object b, String component) throws ReflectiveOperationException {
        return !String.valueOf(Build.component(a, component)).equals(String.valueOf(Build.component(b, component)));
    }

    private static List<String> texts(String file) throws java.io.IOException {
        return Files.readAllLines(Path.of(file)).stream().map(line -> line.substring(line.indexOf('\t') + 1)).toList();
    }
}
