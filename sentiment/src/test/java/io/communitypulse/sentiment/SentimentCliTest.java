package io.communitypulse.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A brand's own model: trained with {@code train --out}, then checked with {@code eval} and {@code score --model}. */
class SentimentCliTest {

    @TempDir
    static Path dir;
    private static Path brandFile;
    private static Path brandModel;

    /** A brand whose members mean the opposite of the review data: 好吃 complains and 难吃 praises. */
    @BeforeAll
    static void trainTheBrandsModel() throws IOException {
        List<String> rows = new ArrayList<>();
        for (String who : List.of("这个", "今天的", "新品", "上次的", "那款", "你们的", "蛋白棒", "饼干", "面包",
                "酸奶")) {
            rows.add("0\t" + who + "好吃");
            rows.add("1\t" + who + "难吃");
        }
        brandFile = Files.write(dir.resolve("brand.tsv"), rows, StandardCharsets.UTF_8);
        brandModel = dir.resolve("brand-model.bin");
        String printed = run(out -> SentimentCli.train(
                args("--out", brandModel.toString(), brandFile.toString()), out));
        assertThat(printed).contains("on 20 rows").contains(brandModel.toString());
    }

    @Test
    void scoreWithModelUsesTheRetrainedArtifact() throws IOException {
        assertThat(score("--model", brandModel.toString(), "今天的好吃").get("score").asDouble()).isNegative();
        assertThat(score("今天的好吃").get("score").asDouble()).isPositive();
    }

    @Test
    void evalWithModelReportsTheRetrainedArtifact() throws IOException {
        String custom = run(out -> SentimentCli.eval(
                args("--model", brandModel.toString(), brandFile.toString()), out));
        String shipped = run(out -> SentimentCli.eval(args(brandFile.toString()), out));

        assertThat(lastLine(custom)).startsWith("accuracy=1.0000 ");
        assertThat(lastLine(shipped)).startsWith("accuracy=0.0000 ");
        // per file, what a complaint monitor cares about: the share of complaints it catches
        assertThat(custom).contains("file=" + brandFile + " accuracy=1.0000 ")
                .contains(" negative_recall=1.0000 positive_recall=1.0000\n");
        assertThat(shipped).contains(" negative_recall=0.0000 positive_recall=0.0000\n");
    }

    @Test
    void aMissingModelFileIsNamedInTheError() {
        Path missing = dir.resolve("no-such-model.bin");
        assertThatThrownBy(() -> run(out -> SentimentCli.eval(
                args("--model", missing.toString(), brandFile.toString()), out)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("cannot load the sentiment model " + missing);
    }

    private static JsonNode score(String... arguments) throws IOException {
        return new ObjectMapper().readTree(run(out -> SentimentCli.score(args(arguments), out)));
    }

    private static List<String> args(String... arguments) {
        return new ArrayList<>(List.of(arguments));
    }

    private static String lastLine(String printed) {
        String[] lines = printed.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static String run(Command command) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        command.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private interface Command {
        void run(PrintStream out) throws IOException;
    }
}
