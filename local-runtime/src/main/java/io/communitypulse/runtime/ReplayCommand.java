package io.communitypulse.runtime;

import io.communitypulse.pipeline.JobSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.core.execution.JobClient;

/**
 * {@code ./pulse replay FILE... [--catalogue FILE]}: feeds recorded JSONL through the same job
 * into the embedded ClickHouse, then reports what landed where.
 */
final class ReplayCommand {

    private ReplayCommand() {}

    static void run(CommandLine line) throws Exception {
        if (line.positional().isEmpty()) {
            throw new UsageException("usage: ./pulse replay FILE.jsonl... [--catalogue catalogue.json]");
        }
        for (String file : line.positional()) {
            if (!Files.isReadable(Path.of(file))) {
                throw new UsageException("cannot read " + file);
            }
        }
        LocalSettings settings = LocalSettings.from(line);
        Progress progress = new Progress(System.out);
        try (LocalStack stack = new LocalStack().startClickHouse(settings, progress)) {
            List<String> files = line.positional().stream().map(f -> Path.of(f).toAbsolutePath().toString()).toList();
            JobSettings job = JobSettings.defaults(stack.jdbcUrl(), null, files).withCatalogue(line.get("catalogue", null));
            JobClient client = stack.startJob(job, progress);
            client.getJobExecutionResult().get();
            progress.step("replay finished");
            new TableCounts(stack.jdbcUrl()).print(System.out);
        }
    }
}
