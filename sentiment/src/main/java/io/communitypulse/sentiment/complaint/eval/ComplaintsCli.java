package io.communitypulse.sentiment.complaint.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.communitypulse.sentiment.ProductCatalogue;
import io.communitypulse.sentiment.SentimentModel;
import io.communitypulse.sentiment.SentimentScorer;
import io.communitypulse.sentiment.bench.ComplaintBenchmarkMain;
import io.communitypulse.sentiment.complaint.ChatLine;
import io.communitypulse.sentiment.complaint.ChatRole;
import io.communitypulse.sentiment.complaint.ComplaintRecognizer;
import io.communitypulse.sentiment.complaint.ConversationState;
import io.communitypulse.sentiment.train.TrainingFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./pulse complaints eval [--split dev|test|all] [--errors | --lines] [FILE...]} scores the recognizer on
 * labelled chat files (default: the eleven of {@code data/chat/} and {@code data/chat/more/});
 * {@code ./pulse complaints judge [--brand B] LINE...} judges a conversation typed on the command line;
 * {@code ./pulse complaints bench} measures throughput ({@link ComplaintBenchmarkMain});
 * {@code ./pulse complaints proxy} estimates the learned reader out of sample ({@link OutOfSample});
 * {@code ./pulse complaints train} retrains it ({@link ReaderTraining}).
 */
public final class ComplaintsCli {
    private static final String USAGE = """
            usage: ./pulse complaints eval [--split dev|test|all] [--errors | --lines] [FILE...]
                   ./pulse complaints judge [--brand B] [SPEAKER:]TEXT...
                   ./pulse complaints bench
                   ./pulse complaints proxy [--held-out FILE...] [--busy EVENTS.jsonl]
                   ./pulse complaints train

              eval   replays each labelled file conversation by conversation, as the pipeline would, and prints
                     precision, recall, per-kind, per-domain and cascade figures
                     (default files: %s)
                     --split   which split to score (default dev); score test once, with the rules frozen
                     --errors  also list the misjudged lines (dev only: refused with any other split)
                     --lines   also list every line with its verdict, by conversation (dev only)
              judge  judges the lines in order as one group's conversation and prints each verdict as JSON;
                     SPEAKER is a member id, or staff... / bot... for the brand's side (default: a new member per line)
              proxy  out-of-sample estimates of the learned reader: each training file (one author each) held out
                     in turn, its dev lines replayed through the rules alone and with a reader trained on the others;
                     --held-out: leave these files out of training and score every line of them (unread authors);
                     --busy: what the shipped reader raises and lowers in busy groups (a ./pulse simulate events.jsonl)
                     (docs/complaints.md)
              train  retrains the shipped learned reader on the training files' dev lines (after any change to the
                     rules or to those lines; a test fails until it is run)
              bench  measures recognition's throughput beside the sentiment scorer's (JMH, ~1.5 min) and writes it,
                     with the dev figures, to docs/benchmarks.md
            """.formatted(String.join(", ", LabelledFiles.ALL));

    private ComplaintsCli() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(List.of(args), System.out));
        } catch (IOException | IllegalArgumentException e) {
            String what = e instanceof NoSuchFileException ? "no such file: " : "";
            System.err.println("complaints: " + what + e.getMessage());
            System.exit(2);
        }
    }

    static int run(List<String> args, PrintStream out) throws IOException {
        if (args.isEmpty() || args.contains("--help") || args.contains("-h") || args.get(0).equals("help")) {
            (args.isEmpty() ? System.err : out).print(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        switch (args.get(0)) {
            case "eval" -> eval(rest, out);
            case "judge" -> judge(rest, out);
            case "proxy" -> {
                String busy = option(rest, "--busy", null);
                boolean heldOut = rest.remove("--held-out");
                rejectOptions(rest);
                if (heldOut == rest.isEmpty()) {
                    throw new IllegalArgumentException("--held-out takes the files to leave out, and files come only with it\n" + USAGE);
                }
                OutOfSample.run(root(), LabelledFiles.TRAINING, rest, scorer(), busy == null ? null : Path.of(busy), out);
            }
            case "train" -> {
                rejectOptions(rest);
                out.println("wrote " + ReaderTraining.writeShipped(root(), scorer()));
            }
            case "bench" -> {
                rejectOptions(rest);
                ComplaintBenchmarkMain.run(out);
            }
            default -> throw new IllegalArgumentException("unknown command '" + args.get(0) + "'\n" + USAGE);
        }
        return 0;
    }

    private static void eval(List<String> args, PrintStream out) throws IOException {
        String split = option(args, "--split", "dev");
        if (!List.of("dev", "test", "all").contains(split)) {
            throw new IllegalArgumentException("--split must be dev, test or all, not '" + split + "'");
        }
        boolean errors = args.remove("--errors");
        boolean everyLine = args.remove("--lines");
        if ((errors || everyLine) && !split.equals("dev")) {
            throw new IllegalArgumentException("--errors and --lines list lines of dev only: test is scored, never read");
        }
        rejectOptions(args);
        Path root = root();
        List<String> files = args.isEmpty() ? LabelledFiles.ALL : args;
        ConversationReplay replay = new ConversationReplay(scorer(), new ComplaintRecognizer());
        for (String file : files) {
            Path path = Path.of(file).isAbsolute() || args.contains(file) ? Path.of(file) : root.resolve(file);
            List<LabelledLine> lines = LabelledLine.read(path).stream()
                    .filter(line -> split.equals("all") || line.split().equals(split)).toList();
            List<ReplayedLine> replayed = replay.replay(lines);
            ComplaintReport.print(file, split, ComplaintScores.of(replayed), CascadeScores.of(replayed), out);
            if (errors || everyLine) {
                Misjudged.print(replayed, everyLine, out);
            }
        }
    }

    private static Path root() {
        return TrainingFiles.repositoryRoot(Path.of("").toAbsolutePath());
    }

    private static void judge(List<String> args, PrintStream out) throws IOException {
        String brand = option(args, "--brand", null);
        rejectOptions(args);
        if (args.isEmpty()) {
            throw new IllegalArgumentException("judge needs at least one line\n" + USAGE);
        }
        SentimentScorer scorer = scorer();
        ComplaintRecognizer recognizer = new ComplaintRecognizer();
        ConversationState state = new ConversationState();
        ObjectMapper json = new ObjectMapper();
        long time = 0;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            int colon = arg.indexOf(':');
            String speaker = colon > 0 && colon < 16 ? arg.substring(0, colon) : "member" + (i + 1);
            String text = colon > 0 && colon < 16 ? arg.substring(colon + 1) : arg;
            ChatRole role = speaker.startsWith("staff") ? ChatRole.STAFF
                    : speaker.startsWith("bot") ? ChatRole.BOT : ChatRole.MEMBER;
            time += ConversationReplay.SPACING_MILLIS;
            ChatLine line = new ChatLine(brand, "line" + (i + 1), speaker, role, text, null, time);
            out.println(text + "\t" + json.writeValueAsString(recognizer.judge(state, line, scorer.score(brand, text))));
        }
    }

    private static SentimentScorer scorer() {
        return SentimentModel.loadDefault(ProductCatalogue.empty());
    }

    private static String option(List<String> args, String name, String fallback) {
        int at = args.indexOf(name);
        if (at < 0) {
            return fallback;
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        String value = args.remove(at + 1);
        args.remove(at);
        return value;
    }

    private static void rejectOptions(List<String> args) {
        for (String arg : args) {
            if (arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            }
        }
    }
}
