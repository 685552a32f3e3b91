package io.communitypulse.runtime;

import io.communitypulse.pipeline.JobSettings;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.core.execution.JobClient;

/**
 * {@code ./pulse replay FILE... [--catalogue FILE] [--sentiment-model FILE]}: feeds recorded JSONL through the
 * same job into the embedded ClickHouse, then reports what landed where. Without {@code --catalogue} it
 * matches products against the shipped {@code config/catalogue.json}, the simulator's and the demo's.
 */
final class ReplayCommand {

    static final Path SHIPPED_CATALOGUE = Path.of("config", "catalogue.json");

    private ReplayCommand() {}

    static void run(CommandLine line) throws Exception {
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
        try (LocalStack stack = new LocalStack().startClickHouse(settings, progress)) {
            List<String> files = line.positional().stream().map(f -> Path.of(f).toAbsolutePath().toString()).toList();
            JobSettings job = JobSettings.defaults(stack.jdbcUrl(), null, files)
                    .withCatalogue(catalogue)
                    .withSentimentModel(line.get("sentiment-model", null));
            JobClient client = start(stack, job, progress);
            client.getJobExecutionResult().get();
            progress.step("replay finished");
            new TableCounts(stack.jdbcUrl()).print(System.out);
        }
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
    private static JobClient start(LocalStack stack, JobSettings job, Progress progress) throws Exception {
        try {
            return stack.startJob(job, progress);
        } catch (UncheckedIOException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
