package io.communitypulse.runtime;

/** A command was called wrongly; the message says how to call it. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
