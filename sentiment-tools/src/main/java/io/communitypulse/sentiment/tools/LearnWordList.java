package io.communitypulse.sentiment.tools;

import io.communitypulse.sentiment.text.TextNormaliser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists (c) of the word-feature experiment in docs/sentiment.md (42,345 words at PMI 2, 15,073 at 4;
 * the experiment was not shipped): learned from the training texts alone, no external data. Candidates are CJK
 * strings of 2-4 characters seen at least MIN_COUNT times; a candidate is kept when every split into two parts
 * has PMI &gt;= MIN_PMI (log p(w) / (p(left) p(right)), natural log), i.e. it sticks together more than chance.
 * With HOLD_OUT_VAL=true the rows of the validation split of {@link ValidationExperiment} (fold 0) are left
 * out, so validation stays fair. Run from the repository root:
 * <pre>
 * ./pulse sentiment tool LearnWordList MIN_COUNT MIN_PMI HOLD_OUT_VAL FILES... &gt; words.txt
 * </pre>
 * e.g. {@code 5 2 true ../shared/data/sentiment/retail_train.tsv ../shared/data/sentiment/waimai_train.tsv}.
 */
public final class LearnWordList {
    private static final int LONGEST = 4;

    private LearnWordList() {
    }

    public static void main(String[] args) throws IOException {
        System.out.print(wordList(args));
    }

    static String wordList(String[] a) throws IOException {
        int minCount = Integer.parseInt(a[0]);
        double minPmi = Double.parseDouble(a[1]);
        boolean holdOutValidation = Boolean.parseBoolean(a[2]);
        Map<String, Integer> count = new HashMap<>();
        long[] total = new long[LONGEST + 1];
        for (int k = 3; k < a.length; k++) {
            for (String raw : WordLists.texts(Path.of(a[k]))) {
                if (holdOutValidation && Folds.of(raw) == 0) {
                    continue;
                }
                String text = TextNormaliser.normalise(raw);
                for (int i = 0; i < text.length(); i++) {
                    for (int n = 1; n <= LONGEST && i + n <= text.length(); n++) {
                        String gram = text.substring(i, i + n);
                        if (!WordLists.allCjk(gram)) {
                            break;
                        }
                        count.merge(gram, 1, Integer::sum);
                        total[n]++;
                    }
                }
            }
        }
        List<String> keep = new ArrayList<>();
        for (Map.Entry<String, Integer> candidate : count.entrySet()) {
            String word = candidate.getKey();
            if (word.length() >= 2 && candidate.getValue() >= minCount
                    && weakestSplit(word, count, total) >= minPmi) {
                keep.add(word);
            }
        }
        keep.sort(Comparator.comparing((String w) -> -count.get(w)).thenComparing(w -> w));
        StringBuilder out = new StringBuilder("# learned: 2-4 CJK chars, count >= " + minCount + ", min split PMI >= " + minPmi + "\n");
        for (String word : keep) {
            out.append(word).append('\n');
        }
        return out.toString();
    }

    /** The lowest PMI over the word's splits into a left and a right part. */
    private static double weakestSplit(String word, Map<String, Integer> count, long[] total) {
        double pWord = count.get(word) / (double) total[word.length()];
        double weakest = Double.MAX_VALUE;
        for (int s = 1; s < word.length(); s++) {
            String left = word.substring(0, s);
            String right = word.substring(s);
            double pLeft = count.get(left) / (double) total[left.length()];
            double pRight = count.get(right) / (double) total[right.length()];
            weakest = Math.min(weakest, Math.log(pWord / (pLeft * pRight)));
        }
        return weakest;
    }
}
