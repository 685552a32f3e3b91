package io.communitypulse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.communitypulse.sentiment.ProductCatalogue;
import io.communitypulse.sentiment.SentimentLabel;
import io.communitypulse.sentiment.SentimentModel;
import io.communitypulse.sentiment.model.ModelArtifact;
import io.communitypulse.sentiment.train.LabelledText;
import io.communitypulse.sentiment.train.Trainer;
import io.communitypulse.sentiment.train.TrainingOptions;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobSettingsTest {
    private static final String JDBC = "jdbc:clickhouse://127.0.0.1:8123/pulse";

    @TempDir
    Path dir;

    @Test
    void theJobScoresWithARetrainedModelGivenBySentimentModel() throws Exception {
        Path file = dir.resolve("brand-model.bin");
        ModelArtifact trained = new Trainer(TrainingOptions.defaults()).train(List.of(
                new LabelledText(SentimentLabel.NEGATIVE, "这个好吃"),
                new LabelledText(SentimentLabel.POSITIVE, "这个难吃")), "brand-data");
        try (OutputStream out = Files.newOutputStream(file)) {
            trained.writeTo(out);
        }

        JobSettings settings = JobSettings.fromArgs(new String[] {
            "--jdbc", JDBC, "--file", "events.jsonl", "--sentiment-model", file.toString()});
        SentimentModel model = settings.sentimentModel(ProductCatalogue.empty());
        // Flink ships the operator that holds the model by Java serialisation
        SentimentModel onTheTaskManager = InstantiationUtil.clone(model);

        assertThat(model.artifact().trainingDataSha256()).isEqualTo("brand-data");
        assertThat(onTheTaskManager.artifact().trainingDataSha256()).isEqualTo("brand-data");
        // what every chat_messages row it scores records in sentiment_model
        assertThat(onTheTaskManager.modelId()).isEqualTo(model.modelId()).endsWith("/brand-data");
        assertThat(onTheTaskManager.score("b", "今天好吃")).isEqualTo(model.score("b", "今天好吃"));
    }

    @Test
    void withoutSentimentModelTheJobScoresWithTheShippedModel() {
        JobSettings settings = JobSettings.fromArgs(new String[] {
            "--jdbc", JDBC, "--file", "events.jsonl"});

        assertThat(settings.sentimentModel(ProductCatalogue.empty()).artifact().trainingDataSha256())
                .isEqualTo(SentimentModel.loadDefault(ProductCatalogue.empty()).artifact().trainingDataSha256());
    }

    @Test
    void aModelFileThatIsNoModelStopsTheSubmissionWithItsName() throws Exception {
        Path notAModel = Files.writeString(dir.resolve("catalogue.json"), "{\"brands\":{}}");
        JobSettings settings = JobSettings.defaults(JDBC, null, List.of("events.jsonl"))
                .withSentimentModel(notAModel.toString());

        assertThatThrownBy(() -> settings.sentimentModel(ProductCatalogue.empty()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot load the sentiment model " + notAModel);
    }
}
