package io.communitypulse.sentiment.tools;

import io.communitypulse.sentiment.SentimentLabel;
import io.communitypulse.sentiment.SentimentResult;
import io.communitypulse.sentiment.SentimentScorer;
import io.communitypulse.sentiment.eval.Evaluation;
import io.communitypulse.sentiment.train.LabelledText;
import io.communitypulse.sentiment.train.Trainer;
import io.communitypulse.sentiment.train.TrainingOptions;
import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * 8-fold cross-validation over the train files (fold = {@link Folds#of}); never reads {@code *_test.tsv}. Each
 * fold trains on retail + waimai x WAIMAI_REPEATS outside the fold and scores the fold's rows of both files; the
 * totals over all folds (9,534 waimai rows, 42,072 retail) are far less noisy than one split. Then a model
 * trained on all rows scores the two chat sets. Run from the repository root:
 * <pre>
 * ./pulse sentiment tool [-Dorder=3 -Dbits=20 -Depochs=4 -Dlr=0.02 -Dl2=1e-6 -Ddrop=0.3 -Dalpha=1 -Davg=false
 *     -Dblend=0 -Dens=1 -Dood=true -Ddump=errors.tsv -Ddumpall=scores.tsv -Dtag=label] \
 *     CrossValidation WAIMAI_REPEATS [FOLDS_TO_RUN] [SEED]
 * </pre>
 * Prints one line per fold on stderr and the totals on stdout. {@code -Dood=true} adds the out-of-domain proxy
 * (train on the fold's retail rows only, score its waimai rows); {@code -Ddump} writes the waimai rows it gets
 * wrong, {@code -Ddumpall} every scored row.
 */
public final class CrossValidation {
    private CrossValidation() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println(run(args, System.getProperties(), ToolPaths.DATA, ToolPaths.CHAT_SETS, System.err));
    }

    /** The totals line; {@code knobs} are the {@code -D} options, {@code progress} gets the per-fold lines. */
    static String run(String[] args, Properties knobs, Path data, Path chatSets, PrintStream progress)
            throws IOException {
        int repeats = Integer.parseInt(args[0]);
        int folds = args.length > 1 ? Integer.parseInt(args[1]) : Folds.COUNT;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20260523L;
        boolean ood = Boolean.parseBoolean(knobs.getProperty("ood"));
        TrainingOptions options = TrainingKnobs.options(seed, knobs);
        List<LabelledText> retail = LabelledText.read(data.resolve("retail_train.tsv"));
        List<LabelledText> waimai = LabelledText.read(data.resolve("waimai_train.tsv"));
        Tally waimaiTally = new Tally();
        Tally retailTally = new Tally();
        Tally oodTally = new Tally();
        for (int fold = 0; fold < folds; fold++) {
            List<LabelledText> retailTrain = outside(retail, fold);
            List<LabelledText> retailFold = inside(retail, fold);
            List<LabelledText> waimaiFold = inside(waimai, fold);
            SentimentScorer model = train(options, retailTrain, outside(waimai, fold), repeats);
            Evaluation waimaiScore = Evaluation.run(model, waimaiFold);
            Evaluation retailScore = Evaluation.run(model, retailFold);
            dump(knobs, model, fold, waimaiFold, retailFold);
            waimaiTally.add(waimaiScore, waimaiFold);
            retailTally.add(retailScore, retailFold);
            if (ood) {
                oodTally.add(Evaluation.run(Models.scorer(new Trainer(options).train(retailTrain, "x")), waimaiFold),
                        waimaiFold);
            }
            progress.printf(Locale.ROOT, "fold %d waimai %.4f retail %.4f%n", fold, waimaiScore.accuracy(),
                    retailScore.accuracy());
        }
        List<LabelledText> chat = LabelledText.read(chatSets.resolve("chat_test.tsv"));
        List<LabelledText> holdout = LabelledText.read(chatSets.resolve("chat_holdout.tsv"));
        SentimentScorer full = train(options, retail, waimai, repeats);
        return String.format(Locale.ROOT, "%s %s | cv waimai %.4f (%d/%d) retail %.4f (%d/%d)%s | chat %.4f holdout %.4f",
                String.join(" ", args), knobs.getProperty("tag", ""), waimaiTally.accuracy(), waimaiTally.right,
                waimaiTally.rows, retailTally.accuracy(), retailTally.right, retailTally.rows,
                ood ? String.format(Locale.ROOT, " ood %.4f", oodTally.accuracy()) : "",
                Evaluation.run(full, chat).accuracy(), Evaluation.run(full, holdout).accuracy());
    }

    private static SentimentScorer train(TrainingOptions options, List<LabelledText> retail, List<LabelledText> waimai,
            int waimaiRepeats) throws IOException {
        List<LabelledText> rows = new ArrayList<>(retail);
        for (int k = 0; k < waimaiRepeats; k++) {
            rows.addAll(waimai);
        }
        return Models.scorer(new Trainer(options).train(rows, "x"));
    }

    private static List<LabelledText> inside(List<LabelledText> rows, int fold) {
        return rows.stream().filter(r -> Folds.of(r.text()) == fold).toList();
    }

    private static List<LabelledText> outside(List<LabelledText> rows, int fold) {
        return rows.stream().filter(r -> Folds.of(r.text()) != fold).toList();
    }

    /** {@code -Ddump}: the fold's waimai rows the model gets wrong; {@code -Ddumpall}: every row it scored. */
    private static void dump(Properties knobs, SentimentScorer model, int fold, List<LabelledText> waimaiFold,
            List<LabelledText> retailFold) throws IOException {
        String errors = knobs.getProperty("dump");
        if (errors != null) {
            try (PrintWriter out = new PrintWriter(new FileWriter(errors, fold > 0))) {
                for (LabelledText row : waimaiFold) {
                    SentimentResult result = model.score("b", row.text());
                    if (Models.saysPositive(result) != (row.label() == SentimentLabel.POSITIVE)) {
                        out.printf(Locale.ROOT, "%s\t%.3f\t%s\t%s%n", label(row), result.score(), row.text(),
                                result.cues());
                    }
                }
            }
        }
        String all = knobs.getProperty("dumpall");
        if (all != null) {
            try (PrintWriter out = new PrintWriter(new FileWriter(all, fold > 0))) {
                for (Map.Entry<String, List<LabelledText>> file : List.of(Map.entry("w", waimaiFold),
                        Map.entry("r", retailFold))) {
                    for (LabelledText row : file.getValue()) {
                        out.printf(Locale.ROOT, "%s\t%s\t%.4f\t%d\t%s%n", file.getKey(), label(row),
                                model.score("b", row.text()).score(), row.text().length(), row.text());
                    }
                }
            }
        }
    }

    private static int label(LabelledText row) {
        return row.label() == SentimentLabel.POSITIVE ? 1 : 0;
    }

    /** Rows scored right over all folds, from each fold's accuracy. */
    private static final class Tally {
        long right;
        long rows;

        void add(Evaluation evaluation, List<LabelledText> fold) {
            right += Math.round(evaluation.accuracy() * fold.size());
            rows += fold.size();
        }

        double accuracy() {
            return (double) right / rows;
        }
    }
}
