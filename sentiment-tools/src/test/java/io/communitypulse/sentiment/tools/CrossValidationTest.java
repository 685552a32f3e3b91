package io.communitypulse.sentiment.tools;

import static io.communitypulse.sentiment.tools.Figures.SHARE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossValidationTest {
    @Test
    void scores_each_row_of_the_folds_run_once_and_totals_them(@TempDir Path dir) throws IOException {
        TinyCorpus corpus = TinyCorpus.writeTo(dir);
        Properties knobs = TinyCorpus.quickTraining("tag", "tiny", "ood", "true");
        Figures.Printed progress = new Figures.Printed();

        String totals = CrossValidation.run(new String[] {"2", "2", "7"}, knobs, corpus.data, corpus.chat, progress.stream);

        Matcher m = Figures.parse(totals, "2 2 7 tiny \\| cv waimai " + SHARE + " \\((\\d+)/(\\d+)\\) retail " + SHARE
                + " \\((\\d+)/(\\d+)\\) ood " + SHARE + " \\| chat " + SHARE + " holdout " + SHARE);
        assertThat(Long.parseLong(m.group(3))).isEqualTo(corpus.rowsInFirstFolds("waimai_train.tsv", 2));
        assertThat(Long.parseLong(m.group(6))).isEqualTo(corpus.rowsInFirstFolds("retail_train.tsv", 2));
        // the tiny corpus is separable: a model that never saw a fold still gets each of its rows right
        assertThat(m.group(2)).isEqualTo(m.group(3));
        assertThat(m.group(5)).isEqualTo(m.group(6));
        assertThat(Figures.share(m, 1)).isEqualTo(1.0);
        for (int share : new int[] {4, 7, 8, 9}) {
            Figures.share(m, share);
        }
        assertThat(progress.lines()).hasSize(2);
        Figures.parse(progress.lines()[1], "fold 1 waimai " + SHARE + " retail " + SHARE);
    }

    @Test
    void dumps_every_scored_row_and_the_waimai_rows_it_gets_wrong(@TempDir Path dir) throws IOException {
        TinyCorpus corpus = TinyCorpus.writeTo(dir);
        Path all = dir.resolve("all.tsv");
        Path errors = dir.resolve("errors.tsv");
        Properties knobs = TinyCorpus.quickTraining("dumpall", all.toString(), "dump", errors.toString());

        CrossValidation.run(new String[] {"1", "3"}, knobs, corpus.data, corpus.chat, new Figures.Printed().stream);

        assertThat(Files.readAllLines(all)).hasSize((int) (corpus.rowsInFirstFolds("waimai_train.tsv", 3)
                + corpus.rowsInFirstFolds("retail_train.tsv", 3)));
        assertThat(Files.readAllLines(all)).allSatisfy(line -> assertThat(line).matches("[wr]\t[01]\t-?\\d\\.\\d{4}\t\\d+\t.+"));
        // the tiny corpus is separable (see the totals above): no waimai row is wrong
        assertThat(errors).exists().isEmptyFile();
    }

    @Test
    void the_same_seed_gives_the_same_figures(@TempDir Path dir) throws IOException {
        TinyCorpus corpus = TinyCorpus.writeTo(dir);
        String[] args = {"2", "1"};
        Properties knobs = TinyCorpus.quickTraining();
        String first = CrossValidation.run(args, knobs, corpus.data, corpus.chat, new Figures.Printed().stream);
        assertThat(CrossValidation.run(args, knobs, corpus.data, corpus.chat, new Figures.Printed().stream)).isEqualTo(first);
    }
}
