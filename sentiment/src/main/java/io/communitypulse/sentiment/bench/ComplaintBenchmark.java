package io.communitypulse.sentiment.bench;

import io.communitypulse.sentiment.ProductCatalogue;
import io.communitypulse.sentiment.SentimentModel;
import io.communitypulse.sentiment.SentimentResult;
import io.communitypulse.sentiment.SentimentScorer;
import io.communitypulse.sentiment.complaint.ChatLine;
import io.communitypulse.sentiment.complaint.ChatRole;
import io.communitypulse.sentiment.complaint.ComplaintRecognizer;
import io.communitypulse.sentiment.complaint.ComplaintVerdict;
import io.communitypulse.sentiment.complaint.ConversationState;
import io.communitypulse.sentiment.complaint.MessageAnalysis;
import io.communitypulse.sentiment.complaint.eval.LabelledLine;
import io.communitypulse.sentiment.train.TrainingFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Single-thread throughput of complaint recognition beside the sentiment scorer it follows, one chat line per
 * operation, cycling through the dev lines of both labelled chat files in conversation order (a fresh group
 * state at each conversation, as the per-group detector would hold). {@code sentiment} is the reference
 * measured in the same run; {@code analyse} and {@code judge} are the two halves of recognition on a line
 * already scored; {@code sentimentAndRecognition} is the whole cost per message.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ComplaintBenchmark {
    private List<LabelledLine> lines;
    private SentimentResult[] scored;
    private MessageAnalysis[] analysed;
    private ChatLine[] chatLines;
    private SentimentScorer scorer;
    private ComplaintRecognizer recognizer;
    private ConversationState state;
    private int next;
    /** Keeps the JIT from dropping work whose result the timing loop ignores. */
    int sink;

    @Setup
    public void setUp() throws IOException {
        lines = devLines();
        scorer = SentimentModel.loadDefault(ProductCatalogue.empty());
        recognizer = new ComplaintRecognizer();
        scored = new SentimentResult[lines.size()];
        analysed = new MessageAnalysis[lines.size()];
        chatLines = new ChatLine[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            LabelledLine line = lines.get(i);
            scored[i] = scorer.score(line.brand(), line.text());
            analysed[i] = recognizer.analyse(line.text(), scored[i]);
            String speaker = line.contextId() + "/" + (line.speaker().isEmpty() ? line.id() : line.speaker());
            chatLines[i] = new ChatLine(line.brand(), line.id(), speaker, line.member() ? ChatRole.MEMBER : ChatRole.STAFF,
                    line.text(), null, i * 30_000L);
        }
        state = new ConversationState();
    }

    /** The dev lines of both labelled chat files, in file order. */
    static List<LabelledLine> devLines() throws IOException {
        Path root = TrainingFiles.repositoryRoot(Path.of("").toAbsolutePath());
        List<LabelledLine> dev = new ArrayList<>();
        for (String file : new String[] {"complaints.tsv", "complaints_voices.tsv"}) {
            LabelledLine.read(root.resolve("data/chat").resolve(file)).stream()
                    .filter(line -> line.split().equals("dev")).forEach(dev::add);
        }
        return dev;
    }

    @Benchmark
    public SentimentResult sentiment() {
        LabelledLine line = lines.get(advance());
        return scorer.score(line.brand(), line.text());
    }

    @Benchmark
    public MessageAnalysis analyse() {
        int i = advance();
        return recognizer.analyse(lines.get(i).text(), scored[i]);
    }

    @Benchmark
    public ComplaintVerdict judge() {
        int i = advance();
        return recognizer.judge(state(i), chatLines[i], analysed[i]);
    }

    @Benchmark
    public ComplaintVerdict recognise() {
        int i = advance();
        return recognizer.judge(state(i), chatLines[i], recognizer.analyse(lines.get(i).text(), scored[i]));
    }

    @Benchmark
    public ComplaintVerdict sentimentAndRecognition() {
        int i = advance();
        LabelledLine line = lines.get(i);
        return recognizer.judge(state(i), chatLines[i], scorer.score(line.brand(), line.text()));
    }

    int size() {
        return lines.size();
    }

    /** The scorer alone on line i (for {@link AlternatingTiming}). */
    void sentimentOf(int i) {
        LabelledLine line = lines.get(i);
        sink ^= scorer.score(line.brand(), line.text()).cues().size();
    }

    /** The scorer and both halves of recognition on line i, in its conversation (for {@link AlternatingTiming}). */
    void sentimentAndRecognitionOf(int i) {
        LabelledLine line = lines.get(i);
        sink ^= recognizer.judge(state(i), chatLines[i], scorer.score(line.brand(), line.text())).cues().size();
    }

    private int advance() {
        int i = next;
        next = next + 1 == lines.size() ? 0 : next + 1;
        return i;
    }

    /** The group state for line i: a new one when a conversation starts. */
    private ConversationState state(int i) {
        if (i == 0 || !lines.get(i).contextId().equals(lines.get(i - 1).contextId())) {
            state = new ConversationState();
        }
        return state;
    }
}
