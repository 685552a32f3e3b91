// 8-fold cross-validation over the train files (fold = floorMod(text.hashCode(), 8)); never reads *_test.tsv.
// Not part of the build. Run from the repository root after building sentiment:
//   java -cp sentiment/target/classes:<jackson jars> [-Dorder=3 -Dbits=20 -Depochs=4 -Dlr=0.02 -Dl2=1e-6 -Ddrop=0.3
//        -Dalpha=1 -Davg=false -Dblend=0 -Dens=1 -Dood=true -Ddump=errors.tsv -Ddumpall=scores.tsv -Dtag=label] \
//       sentiment/tools/CrossValidation.java WAIMAI_REPEATS [FOLDS_TO_RUN] [SEED]
// Each fold trains on retail + waimai x WAIMAI_REPEATS outside the fold and scores the fold's rows of both
// files; the totals over all folds (9,534 waimai rows, 42,072 retail) are far less noisy than one split.
import io.communitypulse.sentiment.*;
import io.communitypulse.sentiment.eval.Evaluation;
import io.communitypulse.sentiment.model.ModelArtifact;
import io.communitypulse.sentiment.train.*;
import java.io.*;
import java.nio.file.*;
import java.util.*;
public class CrossValidation {
  static final Path D = Path.of("../shared/data/sentiment");
  public static void main(String[] a) throws Exception {
    int rep = Integer.parseInt(a[0]);
    int folds = a.length > 1 ? Integer.parseInt(a[1]) : 8;
    long seed = a.length > 2 ? Long.parseLong(a[2]) : 20260523L;
    boolean ood = Boolean.getBoolean("ood");
    TrainingOptions o = options(seed);
    List<LabelledText> retail = LabelledText.read(D.resolve("retail_train.tsv"));
    List<LabelledText> waimai = LabelledText.read(D.resolve("waimai_train.tsv"));
    long wOk = 0, wN = 0, rOk = 0, rN = 0, oOk = 0, oN = 0;
    for (int f = 0; f < folds; f++) {
      final int fold = f;
      List<LabelledText> rTr = retail.stream().filter(r -> Math.floorMod(r.text().hashCode(), 8) != fold).toList();
      List<LabelledText> rVa = retail.stream().filter(r -> Math.floorMod(r.text().hashCode(), 8) == fold).toList();
      List<LabelledText> wTr = waimai.stream().filter(r -> Math.floorMod(r.text().hashCode(), 8) != fold).toList();
      List<LabelledText> wVa = waimai.stream().filter(r -> Math.floorMod(r.text().hashCode(), 8) == fold).toList();
      List<LabelledText> in = new ArrayList<>(rTr); for (int k = 0; k < rep; k++) in.addAll(wTr);
      SentimentScorer m = model(new Trainer(o).train(in, "x"));
      Evaluation wv = Evaluation.run(m, wVa), rv = Evaluation.run(m, rVa);
      String dump = System.getProperty("dump");
      if (dump != null) try (PrintWriter pw = new PrintWriter(new FileWriter(dump, fold > 0))) {
        for (LabelledText r : wVa) { SentimentResult res = m.score("b", r.text());
          boolean pos = res.label() == SentimentLabel.NEUTRAL ? res.score() > 0 : res.label() == SentimentLabel.POSITIVE;
          if (pos != (r.label() == SentimentLabel.POSITIVE)) pw.printf(Locale.ROOT, "%s\t%.3f\t%s\t%s%n", r.label() == SentimentLabel.POSITIVE ? 1 : 0, res.score(), r.text(), res.cues()); }
      }
      String all = System.getProperty("dumpall");
      if (all != null) try (PrintWriter pw = new PrintWriter(new FileWriter(all, fold > 0))) {
        for (var e : Map.of("w", wVa, "r", rVa).entrySet()) for (LabelledText r : e.getValue()) { SentimentResult res = m.score("b", r.text());
          pw.printf(Locale.ROOT, "%s\t%s\t%.4f\t%d\t%s%n", e.getKey(), r.label() == SentimentLabel.POSITIVE ? 1 : 0, res.score(), r.text().length(), r.text()); }
      }
      wOk += Math.round(wv.accuracy() * wVa.size()); wN += wVa.size();
      rOk += Math.round(rv.accuracy() * rVa.size()); rN += rVa.size();
      if (ood) { Evaluation ov = Evaluation.run(model(new Trainer(o).train(rTr, "x")), wVa); oOk += Math.round(ov.accuracy() * wVa.size()); oN += wVa.size(); }
      System.err.printf(Locale.ROOT, "fold %d waimai %.4f retail %.4f%n", f, wv.accuracy(), rv.accuracy());
    }
    List<LabelledText> chat = LabelledText.read(Path.of("sentiment/src/test/resources/chat_test.tsv"));
    List<LabelledText> hold = LabelledText.read(Path.of("sentiment/src/test/resources/chat_holdout.tsv"));
    List<LabelledText> all = new ArrayList<>(retail); for (int k = 0; k < rep; k++) all.addAll(waimai);
    SentimentScorer full = model(new Trainer(o).train(all, "x"));
    System.out.printf(Locale.ROOT, "%s %s | cv waimai %.4f (%d/%d) retail %.4f (%d/%d)%s | chat %.4f holdout %.4f%n",
        String.join(" ", a), System.getProperty("tag", ""), (double) wOk / wN, wOk, wN, (double) rOk / rN, rOk, rN,
        ood ? String.format(Locale.ROOT, " ood %.4f", (double) oOk / oN) : "",
        Evaluation.run(full, chat).accuracy(), Evaluation.run(full, hold).accuracy());
  }
  /** The defaults, each overridden by its -D option (see the header); LeaveOneCategoryOut.java shares them. */
  static TrainingOptions options(long seed) {
    TrainingOptions d = TrainingOptions.defaults();
    return new TrainingOptions(seed, Integer.getInteger("order", d.maxOrder()), Integer.getInteger("bits", d.hashBits()),
        Integer.getInteger("epochs", d.epochs()), Float.parseFloat(System.getProperty("lr", "" + d.learningRate())),
        Float.parseFloat(System.getProperty("l2", "" + d.l2())), Float.parseFloat(System.getProperty("drop", "" + d.ngramDropout())),
        Float.parseFloat(System.getProperty("alpha", "" + d.nbAlpha())), Boolean.getBoolean("avg"), Float.parseFloat(System.getProperty("blend", "0")),
        Integer.getInteger("ens", 1), "x");
  }

  static SentimentScorer model(ModelArtifact art) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream(); art.writeTo(b);
    return SentimentModel.load(new ByteArrayInputStream(b.toByteArray()), ProductCatalogue.empty());
  }
}
