package io.communitypulse.pipeline.alerts;

import io.communitypulse.events.alert.AlertType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Alert ids: the type's prefix and 20 hex digits of a hash of what identifies the incident. */
public final class AlertIds {

    private AlertIds() {}

    /** e.g. {@code nc-3f2a...} for a negative cascade; the same parts always give the same id. */
    public static String of(AlertType type, String... identity) {
        String joined = type.wireName() + "|" + String.join("|", identity);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(joined.getBytes(StandardCharsets.UTF_8));
            return type.idPrefix() + "-" + HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
