package io.communitypulse.notifier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * HMAC-SHA256 written out from RFC 2104 over the JDK's SHA-256 digest, so the tests check the
 * notifier's signatures (javax.crypto.Mac) against an implementation that shares no code with them.
 */
public final class IndependentHmac {

    private static final int BLOCK = 64;

    private IndependentHmac() {}

    public static byte[] sha256(byte[] key, byte[] message) throws Exception {
        byte[] block = key.length > BLOCK ? MessageDigest.getInstance("SHA-256").digest(key) : key;
        block = Arrays.copyOf(block, BLOCK);
        byte[] inner = new byte[BLOCK];
        byte[] outer = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            inner[i] = (byte) (block[i] ^ 0x36);
            outer[i] = (byte) (block[i] ^ 0x5c);
        }
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(inner);
        byte[] innerHash = digest.digest(message);
        digest.update(outer);
        return digest.digest(innerHash);
    }

    public static byte[] sha256(String key, String message) throws Exception {
        return sha256(key.getBytes(StandardCharsets.UTF_8), message.getBytes(StandardCharsets.UTF_8));
    }
}
