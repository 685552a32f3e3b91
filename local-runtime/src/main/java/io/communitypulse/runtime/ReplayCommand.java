package io.communitypulse.runtime;

import io.communitypulse.pipeline.JobSettings;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code ./pulse replay FILE... [--catalogue FILE] [--sentiment-model FILE]}: feeds recorded JSONL through the
 * same job into the embedded ClickHouse, then reports what landed where. Without {@code --catalogue} it
 * matches products against the shipped {@code config/catalogue.json}, the simulator's and the demo's. Exits
 * non-zero if the job failed for good or ClickHouse could not be kept running.
 */
final class ReplayCommand {

    static final Path SHIPPED_CATALOGUE = Path.of("config", "catalogue.json");
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private ReplayCommand() {}

    static int run(CommandLine line) throws Exception {
        if (line.positional().isEmpty()) {
            throw new UsageException(
                    "usage: ./pulse replay FILE.jsonl... [--catalogue catalogue.json] [--sentiment-model model.bin]");
        }
        for (String file : line.positional()) {
            if (!Files.isReadable(Path.of(file))) {
                throw new UsageException("cannot read " + file);
            }
        }
        LocalSettings settings = LocalSettings.from(line);
        Progress progress = new Progress(System.out);
        String catalogue = catalogue(line, Path.of(""));
        progress.step("product catalogue: " + catalogue);
        try (LocalStack stack = new LocalStack(settings, progress).startClickHouse()) {
            List<String> files = line.positional().stream().map(f -> Path.of(f).toAbsolutePath().toString()).toList();
            JobSettings job = JobSettings.defaults(stack.jdbcUrl(), null, files)
                    .withCatalogue(catalogue)
                    .withSentimentModel(line.get("sentiment-model", null));
            RunningJob running = start(stack, LocalStack.withStateBackend(job, line, recordsAtMost(files)));
            Ending ending = stack.awaitEnd(running, new CompletableFuture<>(), PROGRESS_EVERY, () -> stack.status(running));
            if (ending.failed()) {
                progress.step("replay failed: " + ending.reason() + " (" + running.health().counts() + ")");
                return ending.exitCode();
            }
            progress.step("replay finished (" + running.health().counts() + ")");
            new TableCounts(stack.jdbcUrl()).print(System.out);
            return 0;
        }
    }

    /** An upper bound on the records in the files: JSONL events are rarely under 200 bytes a line. */
    private static long recordsAtMost(List<String> files) throws java.io.IOException {
        long bytes = 0;
        for (String file : files) {
            bytes += Files.size(Path.of(file));
        }
        return bytes / 200;
    }

    /**
     * {@code --catalogue}, else the shipped one under {@code root}: with no catalogue no message names a
     * product, and a complaint about 面霜 would become an aspect alert.
     */
    static String catalogue(CommandLine line, Path root) {
        String given = line.get("catalogue", null);
        if (given != null) {
            return given;
        }
        Path shipped = root.resolve(SHIPPED_CATALOGUE);
        if (!Files.isReadable(shipped)) {
            throw new UsageException("no --catalogue given and no " + SHIPPED_CATALOGUE + " in " + root.toAbsolutePath()
                    + ": without a catalogue no product is matched; pass --catalogue FILE");
        }
        return shipped.toString();
    }

    /** The job reads its catalogue and model files as it is built: one it cannot read is a usage error. */
    private static RunningJob start(LocalStack stack, JobSettings job) throws Exception {
        try {
            return stack.startJob(job);
        } catch (UncheckedIOException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
