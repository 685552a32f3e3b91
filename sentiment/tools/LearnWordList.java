// Experiment: a word list learned from the training texts alone (no external data), not part of the build.
// Candidates are CJK strings of 2-4 characters seen at least MIN_COUNT times; a candidate is kept when
// every split into two parts has PMI >= MIN_PMI (log p(w) / (p(left) p(right)), natural log), i.e. it
// sticks together more than chance. With HOLD_OUT_VAL=true rows of the validation split of
// ValidationExperiment (floorMod(text.hashCode(), 8) == 0) are left out, so validation stays fair.
//   java -cp sentiment/target/classes sentiment/tools/LearnWordList.java MIN_COUNT MIN_PMI HOLD_OUT_VAL FILES... > words.txt
import io.communitypulse.sentiment.text.TextNormaliser;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
public class LearnWordList {
  public static void main(String[] a) throws Exception {
    int minCount = Integer.parseInt(a[0]); double minPmi = Double.parseDouble(a[1]); boolean hold = Boolean.parseBoolean(a[2]);
    Map<String, Integer> count = new HashMap<>();
    long[] total = new long[5];
    for (int k = 3; k < a.length; k++) {
      for (String line : Files.readAllLines(Path.of(a[k]), StandardCharsets.UTF_8)) {
        String raw = line.substring(line.indexOf('\t') + 1);
        if (hold && Math.floorMod(raw.hashCode(), 8) == 0) continue;
        String t = TextNormaliser.normalise(raw);
        for (int i = 0; i < t.length(); i++)
          for (int n = 1; n <= 4 && i + n <= t.length(); n++) {
            String g = t.substring(i, i + n);
            if (!g.chars().allMatch(c -> c >= 0x4e00 && c <= 0x9fff)) break;
            count.merge(g, 1, Integer::sum); total[n]++;
          }
      }
    }
    List<String> keep = new ArrayList<>();
    for (Map.Entry<String, Integer> e : count.entrySet()) {
      String w = e.getKey(); int n = w.length();
      if (n < 2 || e.getValue() < minCount) continue;
      double pw = e.getValue() / (double) total[n], worst = Double.MAX_VALUE;
      for (int s = 1; s < n; s++) {
        String l = w.substring(0, s), r = w.substring(s);
        double pl = count.get(l) / (double) total[l.length()], pr = count.get(r) / (double) total[r.length()];
        worst = Math.min(worst, Math.log(pw / (pl * pr)));
      }
      if (worst >= minPmi) keep.add(w);
    }
    keep.sort(Comparator.comparing((String w) -> -count.get(w)).thenComparing(w -> w));
    StringBuilder out = new StringBuilder("# learned: 2-4 CJK chars, count >= " + minCount + ", min split PMI >= " + minPmi + "\n");
    for (String w : keep) out.append(w).append('\n');
    System.out.print(out);
  }
}
