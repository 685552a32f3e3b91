package io.communitypulse.clickhouse.embedded;

/** The embedded ClickHouse could not start or answer; the message says what to do. */
public final class EmbeddedClickHouseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmbeddedClickHouseException(String message) {
        super(message);
    }

    public EmbeddedClickHouseException(String message, Throwable cause) {
        super(message, cause);
    }
}
