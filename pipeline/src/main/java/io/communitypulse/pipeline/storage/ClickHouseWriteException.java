package io.communitypulse.pipeline.storage;

import java.io.IOException;

/**
 * A batch could not be written to ClickHouse: the retry budget is spent, or the server refused the statement.
 * Its own type so that whoever reports a job failure can find it under Flink's wrapping and name the table.
 */
public final class ClickHouseWriteException extends IOException {

    private static final long serialVersionUID = 1L;

    ClickHouseWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
