package io.communitypulse.sentiment.complaint.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leave one author out: every file held out once, trained on only the others, and no test line anywhere. */
class AuthorFoldsTest {

    @Test
    void eachFileIsHeldOutOnceAndTrainedOnlyOnTheOthersInOrder() {
        List<List<String>> byFile = List.of(List.of("a1", "a2"), List.of("b1"), List.of("c1", "c2", "c3"));
        List<AuthorFolds.Fold<String>> folds = AuthorFolds.leaveOneOut(byFile);
        assertThat(folds).extracting(AuthorFolds.Fold::heldOut).containsExactly(0, 1, 2);
        assertThat(folds.get(0).scored()).containsExactly("a1", "a2");
        assertThat(folds.get(0).train()).containsExactly(List.of("b1"), List.of("c1", "c2", "c3"));
        assertThat(folds.get(1).train()).containsExactly(List.of("a1", "a2"), List.of("c1", "c2", "c3"));
        assertThat(folds.get(2).scored()).containsExactly("c1", "c2", "c3");
        assertThat(folds.get(2).train()).containsExactly(List.of("a1", "a2"), List.of("b1"));
        for (AuthorFolds.Fold<String> fold : folds) {
            List<String> trained = new ArrayList<>();
            fold.train().forEach(trained::addAll);
            assertThat(trained).doesNotContainAnyElementsOf(fold.scored());
            assertThat(trained.size() + fold.scored().size()).isEqualTo(6);
        }
    }

    @Test
    void oneFileIsNoFold() {
        assertThatThrownBy(() -> AuthorFolds.leaveOneOut(List.of(List.of("a1")))).hasMessageContaining("at least two files");
    }

    @Test
    void foldsReadDevLinesOnly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("one.tsv");
        Files.writeString(file, String.join("\n",
                "id\tsplit\tdomain\tbrand\trole\tlabel\tkind\taspect\tproduct\tcontext_id\ttext",
                "x1\tdev\ttea\t山野\tmember\t1\tcomplaint_symptom\tquality\t乌龙\tc1\t罐子漏气了",
                "x2\ttest\ttea\t山野\tmember\t1\tagreement\tquality\t乌龙\tc1\t我家的也是",
                "x3\tdev\ttea\t山野\tmember\t0\tquestion\t\t\tc2\t能冷泡吗", ""));
        assertThat(AuthorFolds.devOnly(LabelledLine.read(file))).extracting(LabelledLine::id).containsExactly("x1", "x3");
    }
}
