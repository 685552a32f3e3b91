package io.communitypulse.notifier.channel;

/**
 * What a channel's answer means: delivered; failed but worth another attempt (the receiver is down,
 * busy or rate-limiting); or refused for good (a wrong key or signature: retrying cannot help).
 */
public record Outcome(Status status, String error) {

    public enum Status { DELIVERED, RETRY, REFUSED }

    public static Outcome delivered() {
        return new Outcome(Status.DELIVERED, "");
    }

    public static Outcome retry(String error) {
        return new Outcome(Status.RETRY, error);
    }

    public static Outcome refused(String error) {
        return new Outcome(Status.REFUSED, error);
    }

    /** How every channel reads the HTTP status first: 429 and 5xx are worth retrying, other 4xx are not. */
    static Outcome ofHttpStatus(int status, String body) {
        if (status >= 200 && status < 300) {
            return delivered();
        }
        String error = "HTTP " + status + (body.isBlank() ? "" : ": " + abbreviate(body));
        return status == 429 || status >= 500 || status == 408 ? retry(error) : refused(error);
    }

    static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }
}
