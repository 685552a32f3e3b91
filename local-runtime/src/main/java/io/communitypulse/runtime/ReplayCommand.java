package io.communitypulse.runtime;

import io.communitypulse.pipeline.JobSettings;
import io.communitypulse.sentiment.ProductCatalogue;
import io.communitypulse.sentiment.SentimentModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.core.execution.JobClient;

/**
 * {@code ./pulse replay FILE... [--catalogue FILE] [--sentiment-model FILE]}: feeds recorded JSONL through the
 * same job into the embedded ClickHouse, then reports what landed where.
 */
final class ReplayCommand {

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
        String model = line.get("sentiment-model", null);
        if (model != null) {
            checkSentimentModel(Path.of(model));
        }
        LocalSettings settings = LocalSettings.from(line);
        Progress progress = new Progress(System.out);
        try (LocalStack stack = new LocalStack().startClickHouse(settings, progress)) {
            List<String> files = line.positional().stream().map(f -> Path.of(f).toAbsolutePath().toString()).toList();
            JobSettings job = JobSettings.defaults(stack.jdbcUrl(), null, files)
                    .withCatalogue(line.get("catalogue", null))
                    .withSentimentModel(model);
            JobClient client = stack.startJob(job, progress);
            client.getJobExecutionResult().get();
            progress.step("replay finished");
            new TableCounts(stack.jdbcUrl()).print(System.out);
        }
    }

    /** Before anything starts: a file that is no model is a usage error, not a stack trace from the job. */
    private static void checkSentimentModel(Path file) {
        try {
            SentimentModel.load(file, ProductCatalogue.empty());
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
