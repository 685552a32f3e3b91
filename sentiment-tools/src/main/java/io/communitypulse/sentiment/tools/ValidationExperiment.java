package io.communitypulse.sentiment.tools;

import io.communitypulse.sentiment.SentimentScorer;
import io.communitypulse.sentiment.eval.Evaluation;
import io.communitypulse.sentiment.train.LabelledText;
import io.communitypulse.sentiment.train.Trainer;
import io.communitypulse.sentiment.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Validation harness behind the "Model selection" table of docs/sentiment.md; never tunes on {@code *_test.tsv}.
 * Fold 0 of {@link Folds} is held out of both train files. In domain: train on the rest of both (waimai x
 * WAIMAI_REPEATS), score the held-out waimai and retail rows; out of domain: train on retail only, score the
 * held-out waimai rows; and the in-domain model on the chat set. Run from the repository root:
 * <pre>
 * ./pulse sentiment tool ValidationExperiment ORDER BITS EPOCHS LR L2 DROPOUT NB_ALPHA AVERAGED NB_BLEND WAIMAI_REPEATS [SEED [ENSEMBLE]]
 * </pre>
 * e.g. {@code 3 20 4 0.02 1e-6 0.3 1 false 0 2} (v2).
 */
public final class ValidationExperiment {
    private ValidationExperiment() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println(run(args, ToolPaths.DATA, ToolPaths.CHAT_SETS));
    }

    static String run(String[] a, Path data, Path chatSets) throws IOException {
        int order = Integer.parseInt(a[0]);
        int bits = Integer.parseInt(a[1]);
        int epochs = Integer.parseInt(a[2]);
        float learningRate = Float.parseFloat(a[3]);
        float l2 = Float.parseFloat(a[4]);
        float dropout = Float.parseFloat(a[5]);
        float alpha = Float.parseFloat(a[6]);
        boolean averaged = Boolean.parseBoolean(a[7]);
        float blend = Float.parseFloat(a[8]);
        int repeats = Integer.parseInt(a[9]);
        long seed = a.length > 10 ? Long.parseLong(a[10]) : 20260523L;
        int ensemble = a.length > 11 ? Integer.parseInt(a[11]) : 1;
        TrainingOptions options = new TrainingOptions(seed, order, bits, epochs, learningRate, l2, dropout, alpha,
                averaged, blend, ensemble, "exp");
        List<LabelledText> retail = LabelledText.read(data.resolve("retail_train.tsv"));
        List<LabelledText> waimai = LabelledText.read(data.resolve("waimai_train.tsv"));
        List<LabelledText> retailTrain = retail.stream().filter(r -> !validation(r)).toList();
        List<LabelledText> retailValidation = retail.stream().filter(ValidationExperiment::validation).toList();
        List<LabelledText> waimaiTrain = waimai.stream().filter(r -> !validation(r)).toList();
        List<LabelledText> waimaiValidation = waimai.stream().filter(ValidationExperiment::validation).toList();
        List<LabelledText> inDomain = new ArrayList<>(retailTrain);
        for (int k = 0; k < repeats; k++) {
            inDomain.addAll(waimaiTrain);
        }
        SentimentScorer inDomainModel = Models.scorer(new Trainer(options).train(inDomain, "x"));
        SentimentScorer retailModel = Models.scorer(new Trainer(options).train(retailTrain, "x"));
        Evaluation waimaiScore = Evaluation.run(inDomainModel, waimaiValidation);
        Evaluation retailScore = Evaluation.run(inDomainModel, retailValidation);
        Evaluation outOfDomain = Evaluation.run(retailModel, waimaiValidation);
        Evaluation chat = Evaluation.run(inDomainModel, LabelledText.read(chatSets.resolve("chat_test.tsv")));
        return String.format(Locale.ROOT, "%s | waimaiVal %.4f retailVal %.4f | ood(retail->waimaiVal) %.4f | chat %.4f/%.4f",
                String.join(" ", a), waimaiScore.accuracy(), retailScore.accuracy(), outOfDomain.accuracy(),
                chat.accuracy(), chat.macroF1());
    }

    private static boolean validation(LabelledText row) {
        return Folds.of(row.text()) == 0;
    }
}
