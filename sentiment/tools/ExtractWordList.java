// Builds sentiment/src/main/resources/io/communitypulse/sentiment/words.txt (not part of the build).
// Source: dict.txt inside the Maven Central artifact com.huaban:jieba-analysis:1.0.2 (Apache-2.0;
// its dictionary is the one of the jieba Python project, MIT). Keeps words of 2-4 characters that are
// all CJK after normalisation and occur at least MIN_COUNT times (as substrings) in the given training
// files, the LIMIT most frequent in the dictionary (ties by word), one per line, most frequent first.
// Run from the repository root after building sentiment:
//   unzip -p ~/.m2/repository/com/huaban/jieba-analysis/1.0.2/jieba-analysis-1.0.2.jar dict.txt > /tmp/dict.txt
//   java -cp sentiment/target/classes sentiment/tools/ExtractWordList.java /tmp/dict.txt 100000 3 \
//       ../shared/data/sentiment/retail_train.tsv ../shared/data/sentiment/waimai_train.tsv \
//       > sentiment/src/main/resources/io/communitypulse/sentiment/words.txt
import io.communitypulse.sentiment.text.TextNormaliser;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
public class ExtractWordList {
  public static void main(String[] a) throws Exception {
    int limit = Integer.parseInt(a[1]);
    Map<String, Long> freq = new HashMap<>();
    for (String line : Files.readAllLines(Path.of(a[0]), StandardCharsets.UTF_8)) {
      String[] f = line.trim().split(" ");
      if (f.length < 2) continue;
      String w = TextNormaliser.normalise(f[0]);
      if (w.length() < 2 || w.length() > 4 || !w.chars().allMatch(c -> c >= 0x4e00 && c <= 0x9fff)) continue;
      freq.merge(w, Long.parseLong(f[1]), Long::sum);
    }
    int minCount = a.length > 2 ? Integer.parseInt(a[2]) : 0;
    Map<String, Integer> seen = new HashMap<>();
    for (int k = 3; k < a.length; k++) {
      for (String line : Files.readAllLines(Path.of(a[k]), StandardCharsets.UTF_8)) {
        String t = TextNormaliser.normalise(line.substring(line.indexOf('\t') + 1));
        for (int i = 0; i < t.length(); i++)
          for (int n = 2; n <= 4 && i + n <= t.length(); n++)
            if (freq.containsKey(t.substring(i, i + n))) seen.merge(t.substring(i, i + n), 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Long>> e = new ArrayList<>(freq.entrySet());
    if (a.length > 3) e.removeIf(x -> seen.getOrDefault(x.getKey(), 0) < minCount);
    e.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    StringBuilder out = new StringBuilder("# top " + limit + " words of 2-4 CJK chars by frequency, seen >= " + minCount + " times in the training files, from com.huaban:jieba-analysis:1.0.2 dict.txt (Apache-2.0); see docs/sentiment.md\n");
    for (int i = 0; i < Math.min(limit, e.size()); i++) out.append(e.get(i).getKey()).append('\n');
    System.out.print(out);
  }
}
