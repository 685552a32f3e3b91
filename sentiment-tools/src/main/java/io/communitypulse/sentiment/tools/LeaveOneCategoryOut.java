package io.communitypulse.sentiment.tools;

import io.communitypulse.sentiment.SentimentLabel;
import io.communitypulse.sentiment.SentimentScorer;
import io.communitypulse.sentiment.train.LabelledText;
import io.communitypulse.sentiment.train.Trainer;
import io.communitypulse.sentiment.train.TrainingOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * An out-of-domain check that never reads a test file: retail_train.tsv keeps the category order of its source
 * (books, tablets, phones, fruit, shampoo, water heaters, dairy, clothes, computers; each positives then
 * negatives), so each category starts where a run of 0 labels turns back to 1. For each held-out category the
 * model trains on the other retail categories plus waimai x WAIMAI_REPEATS and scores the held-out one, a domain
 * it never saw, as hotel reviews are. Run from the repository root:
 * <pre>
 * ./pulse sentiment tool [the -D options of CrossValidation, and -Dseed=N] LeaveOneCategoryOut WAIMAI_REPEATS [CATEGORY_INDEX...]
 * </pre>
 * With {@code -Dbaseline=nb} it scores the baseline instead ({@link NaiveBayes}, waimai once, as the
 * issue trains it).
 */
public final class LeaveOneCategoryOut {
    static final String[] NAMES = {"books", "tablets", "phones", "fruit", "shampoo", "water_heaters", "dairy", "clothes", "computers"};

    private LeaveOneCategoryOut() {
    }

    public static void main(String[] args) throws IOException {
        run(args, System.getProperties(), ToolPaths.DATA, System.out);
    }

    static void run(String[] args, Properties knobs, Path data, PrintStream out) throws IOException {
        int repeats = Integer.parseInt(args[0]);
        String seed = knobs.getProperty("seed");
        TrainingOptions options = TrainingKnobs.options(
                seed == null ? TrainingOptions.defaults().seed() : Long.parseLong(seed.trim()), knobs);
        List<LabelledText> retail = LabelledText.read(data.resolve("retail_train.tsv"));
        List<LabelledText> waimai = LabelledText.read(data.resolve("waimai_train.tsv"));
        int[] category = categories(retail);
        boolean naiveBayes = "nb".equals(knobs.getProperty("baseline"));
        List<Integer> held = new ArrayList<>();
        for (int k = 1; k < args.length; k++) {
            held.add(Integer.parseInt(args[k]));
        }
        if (held.isEmpty()) {
            for (int c = 0; c < NAMES.length; c++) {
                held.add(c);
            }
        }
        long right = 0;
        long rows = 0;
        double sumOfAccuracies = 0;
        for (int c : held) {
            List<LabelledText> train = new ArrayList<>();
            List<LabelledText> test = new ArrayList<>();
            for (int i = 0; i < retail.size(); i++) {
                (category[i] == c ? test : train).add(retail.get(i));
            }
            for (int k = 0; k < repeats; k++) {
                train.addAll(waimai);
            }
            Predicate<String> saysPositive = naiveBayes
                    ? naiveBayes(knobs, retail, category, c, waimai)
                    : ours(options, train);
            long positives = 0;
            long positivesRight = 0;
            long negativesRight = 0;
            for (LabelledText row : test) {
                boolean isPositive = row.label() == SentimentLabel.POSITIVE;
                if (isPositive) {
                    positives++;
                }
                if (saysPositive.test(row.text()) == isPositive) {
                    if (isPositive) {
                        positivesRight++;
                    } else {
                        negativesRight++;
                    }
                }
            }
            double accuracy = (double) (positivesRight + negativesRight) / test.size();
            sumOfAccuracies += accuracy;
            right += positivesRight + negativesRight;
            rows += test.size();
            out.printf(Locale.ROOT, "%-13s %.4f  positives %.4f negatives %.4f  n=%d%n", NAMES[c], accuracy,
                    (double) positivesRight / positives, (double) negativesRight / (test.size() - positives),
                    test.size());
        }
        out.printf(Locale.ROOT, "%s %s | pooled %.4f (%d/%d) mean of categories %.4f%n", String.join(" ", args),
                knobs.getProperty("tag", ""), (double) right / rows, right, rows, sumOfAccuracies / held.size());
    }

    /** Each row's category: a new one starts where a positive row follows a negative one. */
    static int[] categories(List<LabelledText> retail) {
        int[] category = new int[retail.size()];
        for (int i = 1, c = 0; i < retail.size(); i++) {
            if (retail.get(i).label() == SentimentLabel.POSITIVE && retail.get(i - 1).label() == SentimentLabel.NEGATIVE) {
                c++;
            }
            category[i] = c;
        }
        if (category[retail.size() - 1] != NAMES.length - 1) {
            throw new IllegalStateException("expected 9 categories");
        }
        return category;
    }

    /** Our model, trained on the other categories and waimai. */
    private static Predicate<String> ours(TrainingOptions options, List<LabelledText> train) throws IOException {
        SentimentScorer model = Models.scorer(new Trainer(options).train(train, "x"));
        return text -> Models.saysPositive(model.score("b", text));
    }

    /** The baseline on the same split: plain naive Bayes on the raw train files (waimai once, as they are). */
    private static Predicate<String> naiveBayes(Properties knobs, List<LabelledText> retail, int[] category,
            int heldOut, List<LabelledText> waimai) {
        NaiveBayes model = new NaiveBayes(knobs);
        for (int i = 0; i < retail.size(); i++) {
            if (category[i] != heldOut) {
                model.add(retail.get(i).label() == SentimentLabel.POSITIVE, retail.get(i).text());
            }
        }
        for (LabelledText row : waimai) {
            model.add(row.label() == SentimentLabel.POSITIVE, row.text());
        }
        return model::positive;
    }
}
