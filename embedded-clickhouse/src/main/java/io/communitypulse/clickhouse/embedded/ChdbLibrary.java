package io.communitypulse.clickhouse.embedded;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where chDB's {@code libchdb.so} is. {@code ./pulse} fetches it with {@code npm pack}, checks its
 * sha256 and passes the path as the system property {@code pulse.chdb.lib} (or the environment
 * variable {@code PULSE_CHDB_LIB}).
 */
public final class ChdbLibrary {

    public static final String PROPERTY = "pulse.chdb.lib";
    public static final String ENVIRONMENT = "PULSE_CHDB_LIB";
    public static final String NPM_PACKAGE = "@chdb/lib-linux-x64-gnu@26.7.3-stable.1";

    private ChdbLibrary() {}

    /** The configured library, or a message saying how to get it. */
    public static Path locate() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENVIRONMENT);
        }
        if (configured == null || configured.isBlank()) {
            throw new EmbeddedClickHouseException("libchdb.so is not configured: run through ./pulse, which fetches "
                    + NPM_PACKAGE + " and verifies it, or set -D" + PROPERTY + "=/path/to/libchdb.so");
        }
        Path library = Path.of(configured);
        if (!Files.isReadable(library)) {
            throw new EmbeddedClickHouseException("libchdb.so not found at " + library
                    + ": run ./pulse again to fetch " + NPM_PACKAGE);
        }
        return library;
    }
}
