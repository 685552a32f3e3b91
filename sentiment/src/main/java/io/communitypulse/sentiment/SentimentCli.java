package io.communitypulse.sentiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.communitypulse.sentiment.eval.Evaluation;
import io.communitypulse.sentiment.model.ModelArtifact;
import io.communitypulse.sentiment.train.LabelledText;
import io.communitypulse.sentiment.train.Trainer;
import io.communitypulse.sentiment.train.TrainingFiles;
import io.communitypulse.sentiment.train.TrainingOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code train [--out FILE] [--seed N] [FILES...]}, {@code eval [--model FILE] FILE...} and
 * {@code score "<text>" [--model FILE] [--brand B] [--catalogue FILE]} (default: the shipped
 * {@code config/catalogue.json}); run with the repository root as
 * working directory (the lead's {@code ./pulse sentiment ...}). {@code --model} reads an artifact written by
 * {@code train --out}; without it, the shipped model.
 */
public final class SentimentCli {
    /** The catalogue the simulator, the demo and {@code ./pulse replay} use, under the repository root. */
    static final Path SHIPPED_CATALOGUE = Path.of("config", "catalogue.json");

    private SentimentCli() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        try {
            switch (args[0]) {
                case "train" -> train(rest, System.out);
                case "eval" -> eval(rest, System.out);
                case "score" -> score(rest, System.out);
                default -> {
                    usage();
                    System.exit(2);
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // a missing or foreign file is the caller's mistake: say which, without a stack trace
            String what = e instanceof NoSuchFileException ? "no such file: " : "";
            System.err.println("sentiment: " + what + e.getMessage());
            System.exit(2);
        }
    }

    static void train(List<String> args, PrintStream out) throws IOException {
        Path root = TrainingFiles.repositoryRoot(Path.of("").toAbsolutePath());
        Path target = option(args, "--out").map(Path::of).orElse(TrainingFiles.defaultArtifact(root));
        TrainingOptions options = TrainingOptions.defaults();
        String seed = option(args, "--seed").orElse(null);
        if (seed != null) {
            options = options.withSeed(Long.parseLong(seed));
        }
        List<Path> files = args.isEmpty() ? TrainingFiles.defaultTrainingFiles(root) : args.stream().map(Path::of).toList();
        List<List<LabelledText>> perFile = new ArrayList<>();
        for (Path file : files) {
            perFile.add(LabelledText.read(file));
        }
        List<LabelledText> rows = TrainingFiles.balanced(perFile);
        long started = System.nanoTime();
        ModelArtifact artifact = new Trainer(options).train(rows, TrainingFiles.sha256(files));
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(target)) {
            artifact.writeTo(o);
        }
        out.printf("trained %s on %d rows from %s in %.1f s (seed %d, sha256 %s): %d non-zero n-gram weights, %d bytes -> %s%n",
                artifact.modelVersion(), artifact.trainingRows(), files, (System.nanoTime() - started) / 1e9,
                artifact.seed(), artifact.trainingDataSha256(), artifact.nonZeroNgrams(), Files.size(target), target);
    }

    static void eval(List<String> args, PrintStream out) throws IOException {
        SentimentScorer scorer = model(args, ProductCatalogue.empty());
        if (args.isEmpty()) {
            throw new IllegalArgumentException("eval needs at least one label<TAB>text file");
        }
        Evaluation total = new Evaluation();
        for (String file : args) {
            List<LabelledText> rows = LabelledText.read(Path.of(file));
            Evaluation one = Evaluation.run(scorer, rows);
            out.println("file=" + file + " " + one.summary() + " " + one.recalls());
            total.add(one);
        }
        out.println(total.summary());
    }

    static void score(List<String> args, PrintStream out) throws IOException {
        score(args, out, System.err);
    }

    /**
     * Scores one text. Products are matched per brand, in {@code --catalogue} or else the shipped
     * {@code config/catalogue.json}; {@code notes} says which catalogue, and why none can match without {@code --brand}.
     */
    static void score(List<String> args, PrintStream out, PrintStream notes) throws IOException {
        String brand = option(args, "--brand").orElse(null);
        Path catalogueFile = option(args, "--catalogue").map(Path::of)
                .orElseGet(() -> TrainingFiles.repositoryRoot(Path.of("").toAbsolutePath()).resolve(SHIPPED_CATALOGUE));
        ProductCatalogue catalogue;
        try (InputStream in = Files.newInputStream(catalogueFile)) {
            catalogue = ProductCatalogue.fromJson(in);
        }
        notes.println("products: matched against " + catalogueFile + (brand != null ? " for brand " + brand
                : "; none without --brand (products are per brand, e.g. --brand yunshui)"));
        SentimentScorer scorer = model(args, catalogue);
        String text = String.join(" ", args);
        SentimentResult result = scorer.score(brand, text);
        out.println(new ObjectMapper().writeValueAsString(result));
    }

    /** The model named by {@code --model FILE} (removed from {@code args}), else the shipped one. */
    private static SentimentScorer model(List<String> args, ProductCatalogue catalogue) throws IOException {
        return SentimentModel.loadFileOrDefault(option(args, "--model").map(Path::of).orElse(null), catalogue);
    }

    /** Removes {@code name VALUE} from {@code args} and returns the value. */
    private static java.util.Optional<String> option(List<String> args, String name) {
        int at = args.indexOf(name);
        if (at < 0 || at + 1 >= args.size()) {
            return java.util.Optional.empty();
        }
        String value = args.get(at + 1);
        args.remove(at + 1);
        args.remove(at);
        return java.util.Optional.of(value);
    }

    private static void usage() {
        System.err.println("""
                usage: SentimentCli train [--out FILE] [--seed N] [FILES...]
                       SentimentCli eval [--model FILE] FILE...
                       SentimentCli score "<text>" [--model FILE] [--brand B] [--catalogue FILE]""");
    }
}
