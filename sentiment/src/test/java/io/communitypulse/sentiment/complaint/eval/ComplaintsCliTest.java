package io.communitypulse.sentiment.complaint.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.communitypulse.sentiment.train.TrainingFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./pulse complaints ...}: help, usage errors, a labelled file of our own scored, a conversation judged. */
class ComplaintsCliTest {
    private static final String HEADER = "id\tsplit\tdomain\tbrand\trole\tlabel\tkind\taspect\tproduct\tcontext_id\ttext\tspeaker";

    private static String run(String... args) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = ComplaintsCli.run(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpPrintsUsage() throws IOException {
        assertThat(run("--help")).contains("complaints eval", "--split", "complaints judge");
        assertThat(run("eval", "--help")).contains("--errors");
    }

    @Test
    void usageErrorsSayWhat() {
        assertThatThrownBy(() -> run("eval", "--split", "train")).hasMessageContaining("--split must be dev, test or all");
        assertThatThrownBy(() -> run("eval", "--split", "test", "--errors")).hasMessageContaining("dev only");
        assertThatThrownBy(() -> run("eval", "--nonsense")).hasMessageContaining("unknown option --nonsense");
        assertThatThrownBy(() -> run("bake")).hasMessageContaining("unknown command 'bake'");
    }

    @Test
    void scoresALabelledFileWithSpeakers(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.tsv");
        Files.writeString(file, String.join("\n", HEADER,
                "x1\tdev\ttea\t山野\tmember\t1\tcomplaint_symptom\tquality\t乌龙\tc1\t乌龙罐子漏气了 茶叶受潮\tm1",
                "x2\tdev\ttea\t山野\tmember\t1\tagreement\tquality\t乌龙\tc1\t我家这罐也潮了\tm2",
                "x3\tdev\ttea\t山野\tstaff\t0\tstaff\tquality\t乌龙\tc1\t抱歉 马上补发\ts1",
                "x4\tdev\ttea\t山野\tmember\t1\tnegative_followup\tquality\t乌龙\tc1\t补发的也是潮的 还是一样\tm3",
                "x5\tdev\ttea\t山野\tmember\t0\tquestion\t\t\ts1\t乌龙能冷泡吗\tm1", ""));
        String report = run("eval", file.toString());
        assertThat(report).contains("split dev: 5 lines, 3 complaints")
                .contains("| cascade: fired by the third complaining member | 1 | 1 | 1.000 |")
                .contains("precision=1.0000 recall=1.0000");
        assertThat(run("eval", "--split", "test", file.toString())).contains("split test: 0 lines");
    }

    @Test
    void judgesAConversationTypedOnTheCommandLine() throws IOException {
        String out = run("judge", "a:乌龙罐子漏气了", "staff:抱歉 马上补发", "b:我也是", "c:请问有小罐吗");
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).contains("\"kind\":\"complaint_symptom\"", "\"evidence\":true");
        assertThat(lines.get(1)).contains("\"kind\":\"staff\"");
        assertThat(lines.get(2)).contains("\"kind\":\"agreement\"", "\"joinsMessageId\":\"line1\"");
        assertThat(lines.get(3)).contains("\"kind\":\"question\"");
    }

    @Test
    void theProxyHoldsOutEachTrainingAuthorInTurn() throws IOException {
        String report = run("proxy");
        assertThat(report).contains("## Leave one author out (dev lines only)", "| all, pooled |");
        for (String file : LabelledFiles.TRAINING) {
            assertThat(report).contains("| " + LabelledFiles.shortName(file) + " |");
        }
    }

    @Test
    void aHeldOutFileIsLeftOutOfTrainingAndScoredOnEveryLine() throws IOException {
        String file = LabelledFiles.TRAINING.get(2);
        int lines = LabelledLine.read(TrainingFiles.repositoryRoot(Path.of("").toAbsolutePath()).resolve(file)).size();
        String report = run("proxy", "--held-out", file);
        assertThat(report).contains("## Held out: every line", "| " + LabelledFiles.shortName(file) + " | " + lines + " |");
        String trainedOn = report.lines().filter(line -> line.startsWith("The learned reader is trained on")).findFirst().orElseThrow();
        assertThat(trainedOn).contains(LabelledFiles.TRAINING.get(0)).doesNotContain(file);
        assertThatThrownBy(() -> run("proxy", file)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--held-out");
    }

    @Test
    void theProxyAuditsBusyGroups(@TempDir Path dir) throws IOException {
        Path events = dir.resolve("events.jsonl");
        String chat = "{\"type\":\"chat_message\",\"event_id\":\"%s\",\"brand_id\":\"b\",\"group_id\":\"g\","
                + "\"sender_id\":\"%s\",\"sender_role\":\"%s\",\"msg_type\":\"text\",\"text\":\"%s\",\"mentions\":[],"
                + "\"sent_at\":\"2026-11-23T01:00:0%dZ\"}";
        Files.writeString(events, String.join("\n",
                chat.formatted("e1", "u1", "member", "乌龙罐子漏气了 茶叶全潮了", 1),
                chat.formatted("e2", "s1", "staff", "抱歉 马上补寄", 2),
                chat.formatted("e2", "s1", "staff", "抱歉 马上补寄", 2),
                "{not json",
                chat.formatted("e3", "u2", "member", "大家晚安", 3), ""));
        assertThat(run("proxy", "--busy", events.toString()))
                .contains("## Busy groups", "2 member lines: 1 evidence by the rules alone", "most frequent raised lines");
    }
}
