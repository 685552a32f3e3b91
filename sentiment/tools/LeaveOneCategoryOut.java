// An out-of-domain check that never reads a test file: retail_train.tsv keeps the category order of its source
// (books, tablets, phones, fruit, shampoo, water heaters, dairy, clothes, computers; each positives then
// negatives), so each category starts where a run of 0 labels turns back to 1. For each held-out category the
// model trains on the other retail categories plus waimai x WAIMAI_REPEATS and scores the held-out one, a domain
// it never saw, as hotel reviews are. Not part of the build. Run from the repository root after building sentiment:
//   java -cp sentiment/target/classes:<jackson jars> [the -D options of CrossValidation.java, and -Dseed=N] \
//       sentiment/tools/LeaveOneCategoryOut.java WAIMAI_REPEATS [CATEGORY_INDEX...]
// With -Dbaseline=nb it scores the baseline instead (NaiveBayesBaseline.java, waimai once, as the issue trains it).
import io.communitypulse.sentiment.*;
import io.communitypulse.sentiment.train.*;
import java.io.*;
import java.nio.file.*;
import java.util.*;

public class LeaveOneCategoryOut {
  static final String[] NAMES = {"books", "tablets", "phones", "fruit", "shampoo", "water_heaters", "dairy", "clothes", "computers"};

  public static void main(String[] a) throws Exception {
    int rep = Integer.parseInt(a[0]);
    TrainingOptions o = CrossValidation.options(Long.getLong("seed", TrainingOptions.defaults().seed()));
    List<LabelledText> retail = LabelledText.read(Path.of("../shared/data/sentiment/retail_train.tsv"));
    List<LabelledText> waimai = LabelledText.read(Path.of("../shared/data/sentiment/waimai_train.tsv"));
    int[] category = new int[retail.size()];
    for (int i = 1, c = 0; i < retail.size(); i++) {
      if (retail.get(i).label() == SentimentLabel.POSITIVE && retail.get(i - 1).label() == SentimentLabel.NEGATIVE) c++;
      category[i] = c;
    }
    if (category[retail.size() - 1] != NAMES.length - 1) throw new IllegalStateException("expected 9 categories");
    boolean naiveBayes = "nb".equals(System.getProperty("baseline"));
    List<Integer> held = new ArrayList<>();
    for (int k = 1; k < a.length; k++) held.add(Integer.parseInt(a[k]));
    if (held.isEmpty()) for (int c = 0; c < NAMES.length; c++) held.add(c);
    long ok = 0, n = 0;
    double macro = 0;
    for (int c : held) {
      List<LabelledText> train = new ArrayList<>(), test = new ArrayList<>();
      for (int i = 0; i < retail.size(); i++) (category[i] == c ? test : train).add(retail.get(i));
      for (int k = 0; k < rep; k++) train.addAll(waimai);
      java.util.function.Predicate<String> saysPositive = naiveBayes ? naiveBayes(retail, category, c) : ours(o, train);
      long pos = 0, posOk = 0, negOk = 0;
      for (LabelledText r : test) {
        boolean isPositive = r.label() == SentimentLabel.POSITIVE;
        if (isPositive) pos++;
        if (saysPositive.test(r.text()) == isPositive) { if (isPositive) posOk++; else negOk++; }
      }
      double acc = (double) (posOk + negOk) / test.size();
      macro += acc;
      ok += posOk + negOk; n += test.size();
      System.out.printf(Locale.ROOT, "%-13s %.4f  positives %.4f negatives %.4f  n=%d%n", NAMES[c], acc,
          (double) posOk / pos, (double) negOk / (test.size() - pos), test.size());
    }
    System.out.printf(Locale.ROOT, "%s %s | pooled %.4f (%d/%d) mean of categories %.4f%n", String.join(" ", a),
        System.getProperty("tag", ""), (double) ok / n, ok, n, macro / held.size());
  }

  /** Our model, trained on the other categories and waimai. */
  static java.util.function.Predicate<String> ours(TrainingOptions o, List<LabelledText> train) throws IOException {
    SentimentScorer m = CrossValidation.model(new Trainer(o).train(train, "x"));
    return text -> {
      SentimentResult s = m.score("b", text);
      return s.label() == SentimentLabel.NEUTRAL ? s.score() > 0 : s.label() == SentimentLabel.POSITIVE;
    };
  }

  /** The baseline on the same split: plain naive Bayes on the raw train files (waimai once, as they are). */
  static java.util.function.Predicate<String> naiveBayes(List<LabelledText> retail, int[] category, int heldOut) throws IOException {
    NaiveBayesBaseline.Model nb = new NaiveBayesBaseline.Model();
    for (int i = 0; i < retail.size(); i++) if (category[i] != heldOut) nb.add(retail.get(i).label() == SentimentLabel.POSITIVE, retail.get(i).text());
    for (LabelledText r : LabelledText.read(Path.of("../shared/data/sentiment/waimai_train.tsv"))) nb.add(r.label() == SentimentLabel.POSITIVE, r.text());
    return nb::positive;
  }
}
