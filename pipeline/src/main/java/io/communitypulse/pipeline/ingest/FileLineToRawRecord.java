package io.communitypulse.pipeline.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.flink.api.common.functions.MapFunction;

/**
 * A line of a replayed JSONL file as a raw record. File sources give no line numbers, so the key is
 * a hash of the line: a replay of the same file yields the same keys.
 */
public final class FileLineToRawRecord implements MapFunction<String, RawRecord> {

    private static final long serialVersionUID = 1L;
    public static final String SOURCE = "file";

    @Override
    public RawRecord map(String line) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-1").digest(line.getBytes(StandardCharsets.UTF_8));
        // a file line has no timestamp of its own: received_at is when the job read it
        return new RawRecord(SOURCE, "file:" + HexFormat.of().formatHex(digest), line, System.currentTimeMillis());
    }
}
