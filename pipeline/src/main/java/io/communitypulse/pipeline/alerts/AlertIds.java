package io.communitypulse.pipeline.alerts;

import io.communitypulse.events.alert.AlertType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Alert ids: the type's prefix and 20 hex digits of a hash of what identifies the incident. */
public final class AlertIds {

    private AlertIds() {}

    /** An incident across groups: {@code in-} and the hash of brand, subject and its first evidence time. */
    public static String incident(String... identity) {
        return "in-" + hash("incident|" + String.join("|", identity));
    }

    /** e.g. {@code nc-3f2a...} for a negative cascade; the same parts always give the same id. */
    public static String of(AlertType type, String... identity) {
        return type.idPrefix() + "-" + hash(type.wireName() + "|" + String.join("|", identity));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
