// Validation harness behind the "Model selection" table of docs/sentiment.md (not part of the build).
// Run from the repository root after building sentiment:
//   java -cp sentiment/target/classes:<classpath> sentiment/tools/ValidationExperiment.java \
//       ORDER BITS EPOCHS LR L2 DROPOUT NB_ALPHA AVERAGED NB_BLEND WAIMAI_REPEATS [SEED [ENSEMBLE]]
//   e.g. 3 20 4 0.02 1e-6 0.3 1 false 0 2   (v2). Never tunes on *_test.tsv.
import io.communitypulse.sentiment.*;
import io.communitypulse.sentiment.eval.Evaluation;
import io.communitypulse.sentiment.model.ModelArtifact;
import io.communitypulse.sentiment.train.*;
import java.io.*;
import java.nio.file.*;
import java.util.*;
public class ValidationExperiment {
  static final Path D = Path.of("/work/shared/data/sentiment");
  static boolean val(LabelledText r) { return Math.floorMod(r.text().hashCode(), 8) == 0; }
  public static void main(String[] a) throws Exception {
    // args: order bits epochs lr l2 dropout alpha averaged nbBlend waimaiRepeat
    int order = Integer.parseInt(a[0]), bits = Integer.parseInt(a[1]), epochs = Integer.parseInt(a[2]);
    float lr = Float.parseFloat(a[3]), l2 = Float.parseFloat(a[4]), drop = Float.parseFloat(a[5]), alpha = Float.parseFloat(a[6]);
    boolean avg = Boolean.parseBoolean(a[7]); float blend = Float.parseFloat(a[8]); int rep = Integer.parseInt(a[9]);
    long seed = a.length > 10 ? Long.parseLong(a[10]) : 20260523L; int ens = a.length > 11 ? Integer.parseInt(a[11]) : 1;
    TrainingOptions o = new TrainingOptions(seed, order, bits, epochs, lr, l2, drop, alpha, avg, blend, ens, "exp");
    List<LabelledText> retail = LabelledText.read(D.resolve("retail_train.tsv"));
    List<LabelledText> waimai = LabelledText.read(D.resolve("waimai_train.tsv"));
    List<LabelledText> rTr = retail.stream().filter(r -> !val(r)).toList(), rVa = retail.stream().filter(ValidationExperiment::val).toList();
    List<LabelledText> wTr = waimai.stream().filter(r -> !val(r)).toList(), wVa = waimai.stream().filter(ValidationExperiment::val).toList();
    List<LabelledText> in = new ArrayList<>(rTr); for (int k = 0; k < rep; k++) in.addAll(wTr);
    SentimentScorer mIn = model(new Trainer(o).train(in, "x"));
    SentimentScorer mOut = model(new Trainer(o).train(rTr, "x"));
    Evaluation wv = Evaluation.run(mIn, wVa), rv = Evaluation.run(mIn, rVa), ood = Evaluation.run(mOut, wVa);
    List<LabelledText> chat = LabelledText.read(Path.of("/work/main/sentiment/src/test/resources/chat_test.tsv"));
    Evaluation ch = Evaluation.run(mIn, chat);
    System.out.printf(Locale.ROOT, "%s | waimaiVal %.4f retailVal %.4f | ood(retail->waimaiVal) %.4f | chat %.4f/%.4f%n",
        String.join(" ", a), wv.accuracy(), rv.accuracy(), ood.accuracy(), ch.accuracy(), ch.macroF1());
  }
  static SentimentScorer model(ModelArtifact art) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream(); art.writeTo(b);
    return SentimentModel.load(new ByteArrayInputStream(b.toByteArray()), ProductCatalogue.empty());
  }
}
