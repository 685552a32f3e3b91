package io.communitypulse.sentiment.tools;

import static io.communitypulse.sentiment.tools.Figures.SHARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.communitypulse.sentiment.train.LabelledText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeaveOneCategoryOutTest {
    private static final String CATEGORY_LINE = "%-13s " + SHARE + "  positives " + SHARE + " negatives " + SHARE + "  n=6";

    @Test
    void a_new_category_starts_where_a_positive_row_follows_a_negative_one(@TempDir Path dir) throws IOException {
        TinyCorpus corpus = TinyCorpus.writeTo(dir);
        int[] category = LeaveOneCategoryOut.categories(LabelledText.read(corpus.file("retail_train.tsv")));

        assertThat(category).hasSize(9 * TinyCorpus.ROWS_PER_CATEGORY);
        for (int i = 0; i < category.length; i++) {
            assertThat(category[i]).isEqualTo(i / TinyCorpus.ROWS_PER_CATEGORY);
        }
    }

    @Test
    void refuses_a_retail_file_without_the_nine_categories(@TempDir Path dir) throws IOException {
        TinyCorpus corpus = TinyCorpus.writeTo(dir);
        List<LabelledText> eight = LabelledText.read(corpus.file("retail_train.tsv")).subList(0, 8 * TinyCorpus.ROWS_PER_CATEGORY);

        assertThatThrownBy(() -> LeaveOneCategoryOut.categories(eight)).hasMessage("expected 9 categories");
    }

    @Test
    void scores_each_held_out_category_with_a_model_that_never_saw_it(@TempDir Path dir) throws IOException {
        TinyCorpus corpus = TinyCorpus.writeTo(dir);
        Properties knobs = TinyCorpus.quickTraining("tag", "ours");
        Figures.Printed out = new Figures.Printed();

        LeaveOneCategoryOut.run(new String[] {"2", "0", "8"}, knobs, corpus.data, out.stream);

        String[] lines = out.lines();
        assertThat(lines).hasSize(3);
        Matcher books = Figures.parse(lines[0], CATEGORY_LINE.formatted("books"));
        Matcher computers = Figures.parse(lines[1], CATEGORY_LINE.formatted("computers"));
        assertThat(Figures.share(books, 1)).isEqualTo(1.0);
        assertThat(Figures.share(computers, 1)).isEqualTo(1.0);
        assertThat(lines[2]).isEqualTo("2 0 8 ours | pooled 1.0000 (12/12) mean of categories 1.0000");
    }

    @Test
    void the_baseline_trains_naive_bayes_on_the_other_categories_and_waimai(@TempDir Path dir) throws IOException {
        TinyCorpus corpus = TinyCorpus.writeTo(dir);
        Properties knobs = TinyCorpus.quickTraining("baseline", "nb", "tag", "nb");
        Figures.Printed out = new Figures.Printed();

        LeaveOneCategoryOut.run(new String[] {"2"}, knobs, corpus.data, out.stream);

        String[] lines = out.lines();
        assertThat(lines).hasSize(10);
        for (int c = 0; c < 9; c++) {
            Figures.parse(lines[c], CATEGORY_LINE.formatted(LeaveOneCategoryOut.NAMES[c]));
        }
        assertThat(lines[9]).isEqualTo("2 nb | pooled 1.0000 (54/54) mean of categories 1.0000");
    }
}
