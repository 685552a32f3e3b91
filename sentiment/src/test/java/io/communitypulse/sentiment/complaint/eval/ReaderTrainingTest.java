package io.communitypulse.sentiment.complaint.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.communitypulse.sentiment.ProductCatalogue;
import io.communitypulse.sentiment.SentimentModel;
import io.communitypulse.sentiment.complaint.JudgedLine;
import io.communitypulse.sentiment.complaint.LearnedReader;
import io.communitypulse.sentiment.complaint.LineFeatures;
import io.communitypulse.sentiment.train.TrainingFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The shipped learned reader is what training on the labelled dev lines gives, so nobody ships weights by hand. */
class ReaderTrainingTest {
    /** Training is deterministic; the tolerance only absorbs the sentiment model's last bits on another JVM. */
    private static final double TOLERANCE = 1e-3;

    @Test
    void theShippedWeightsAreWhatTrainingOnTheDevLinesOfTheTrainingFilesGives() throws IOException {
        Path root = TrainingFiles.repositoryRoot(Path.of("").toAbsolutePath());
        ByteArrayOutputStream retrained = new ByteArrayOutputStream();
        ReaderTraining.trainShipped(root, LabelledFiles.TRAINING, SentimentModel.loadDefault(ProductCatalogue.empty()), retrained);
        float[] expected = weights(new ByteArrayInputStream(retrained.toByteArray()));
        float[] shipped;
        try (InputStream in = LearnedReader.class.getResourceAsStream(LearnedReader.RESOURCE)) {
            assertThat(in).as(LearnedReader.RESOURCE + " on the class path").isNotNull();
            shipped = weights(in);
        }
        int nonZero = 0;
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            nonZero += expected[i] != 0 ? 1 : 0;
            worst = Math.max(worst, Math.abs(expected[i] - shipped[i]));
        }
        assertThat(nonZero).as("weights learned").isGreaterThan(10_000);
        assertThat(worst).as("largest difference from a retrain: run ./pulse complaints train after changing the rules "
                + "or the training files' dev lines").isLessThan(TOLERANCE);
    }

    @Test
    void trainingReadsOnlyDevLinesAsTheJudgeHandsThemToASecondReading() throws IOException {
        Path root = TrainingFiles.repositoryRoot(Path.of("").toAbsolutePath());
        List<ReaderTraining.Line> lines = ReaderTraining.load(root, LabelledFiles.TRAINING.subList(1, 2),
                SentimentModel.loadDefault(ProductCatalogue.empty())).get(0);
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line.labelled().split()).isEqualTo("dev"));
        assertThat(lines).allSatisfy(line -> assertThat(line.judged() != null).isEqualTo(line.member()));
        List<JudgedLine> judged = lines.stream().filter(ReaderTraining.Line::member).map(ReaderTraining.Line::judged).toList();
        assertThat(judged).extracting(JudgedLine::context)
                .contains(LineFeatures.ALONE, LineFeatures.AFTER_COMPLAINT, LineFeatures.AFTER_PRAISE);
        assertThat(judged).anySatisfy(line -> assertThat(line.tags()).contains("after-brand"))
                .anySatisfy(line -> assertThat(line.tags()).contains("complained-before"))
                .allSatisfy(line -> assertThat(line.tags().get(0)).isEqualTo("kind:" + line.rules().wireName()));
    }

    @Test
    void eachFilesComplaintsAndOtherLinesWeighHalfOfItsMemberLines() throws IOException {
        Path root = TrainingFiles.repositoryRoot(Path.of("").toAbsolutePath());
        List<List<ReaderTraining.Line>> files = ReaderTraining.load(root, List.of(LabelledFiles.TRAINING.get(0),
                LabelledFiles.TRAINING.get(LabelledFiles.TRAINING.size() - 1)), SentimentModel.loadDefault(ProductCatalogue.empty()));
        for (List<ReaderTraining.Line> file : files) {
            double[] weights = ReaderTraining.classWeights(file);
            List<ReaderTraining.Line> members = file.stream().filter(ReaderTraining.Line::member).toList();
            long complaints = members.stream().filter(line -> line.labelled().complaint()).count();
            assertThat(complaints * weights[1]).isCloseTo(members.size() / 2.0, within(1e-9));
            assertThat((members.size() - complaints) * weights[0]).isCloseTo(members.size() / 2.0, within(1e-9));
        }
        assertThat(ReaderTraining.classWeights(files.get(1))[1])
                .as("a file in real proportions weighs its few complaints more than a file with many")
                .isGreaterThan(ReaderTraining.classWeights(files.get(0))[1]);
    }

    /** The weights of a shipped-format file, read as written: magic, size, then the floats. */
    private static float[] weights(InputStream file) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(file));
        data.readInt();
        float[] weights = new float[data.readInt()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = data.readFloat();
        }
        return weights;
    }
}
