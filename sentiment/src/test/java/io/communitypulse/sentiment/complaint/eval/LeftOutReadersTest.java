package io.communitypulse.sentiment.complaint.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.sentiment.ProductCatalogue;
import io.communitypulse.sentiment.SentimentModel;
import io.communitypulse.sentiment.complaint.JudgedLine;
import io.communitypulse.sentiment.complaint.LearnedReader;
import io.communitypulse.sentiment.train.TrainingFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each left-out reader is the one training on the other files gives, so a file is never read by its own reader. */
class LeftOutReadersTest {

    @Test
    void theReaderOfAFileIsTrainedOnTheOtherFilesOnly() throws IOException {
        Path root = TrainingFiles.repositoryRoot(Path.of("").toAbsolutePath());
        SentimentModel model = SentimentModel.loadDefault(ProductCatalogue.empty());
        List<String> files = LabelledFiles.TRAINING.subList(2, 4);
        List<LearnedReader> readers = LeftOutReaders.of(root, files, model);
        List<List<ReaderTraining.Line>> byFile = ReaderTraining.load(root, files, model);
        LearnedReader withoutFirst = LearnedReader.of(ReaderTraining.train(List.of(byFile.get(1))));
        LearnedReader withoutSecond = LearnedReader.of(ReaderTraining.train(List.of(byFile.get(0))));

        assertThat(readers).hasSize(2);
        for (ReaderTraining.Line line : byFile.get(0).subList(0, 40)) {
            if (line.member()) {
                JudgedLine judged = line.judged();
                assertThat(readers.get(0).probability(judged)).isEqualTo(withoutFirst.probability(judged));
                assertThat(readers.get(1).probability(judged)).isEqualTo(withoutSecond.probability(judged));
            }
        }
        JudgedLine first = byFile.get(0).stream().filter(ReaderTraining.Line::member).findFirst().orElseThrow().judged();
        assertThat(readers.get(0).probability(first)).isNotEqualTo(readers.get(1).probability(first));
    }
}
