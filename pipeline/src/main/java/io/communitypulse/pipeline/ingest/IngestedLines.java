package io.communitypulse.pipeline.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.fs.FSDataInputStream;

/**
 * Lines of a replayed JSONL file as {@link Ingested} records, read in the file source so that each
 * file gets watermarks of its own. A line has no arrival time, so its dead letters carry none
 * (1970-01-01), and its key is a hash of the line: replaying a file twice writes the same rows.
 */
public final class IngestedLines extends SimpleStreamFormat<Ingested> {

    private static final long serialVersionUID = 1L;
    public static final String SOURCE = "file";

    private final Ingestion ingestion;
    private final TextLineInputFormat lines = new TextLineInputFormat();

    public IngestedLines(Ingestion ingestion) {
        this.ingestion = ingestion;
    }

    @Override
    public StreamFormat.Reader<Ingested> createReader(Configuration config, FSDataInputStream stream) throws IOException {
        TextLineInputFormat.Reader reader = lines.createReader(config, stream);
        return new StreamFormat.Reader<>() {
            @Override
            public Ingested read() throws IOException {
                String line = reader.read();
                return line == null ? null : ingestion.read(rawRecord(line), System.currentTimeMillis());
            }

            @Override
            public void close() throws IOException {
                reader.close();
            }
        };
    }

    static RawRecord rawRecord(String line) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(line.getBytes(StandardCharsets.UTF_8));
            return new RawRecord(SOURCE, "file:" + HexFormat.of().formatHex(digest), line, 0L);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public TypeInformation<Ingested> getProducedType() {
        return TypeInformation.of(Ingested.class);
    }
}
