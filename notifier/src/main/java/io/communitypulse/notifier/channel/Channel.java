package io.communitypulse.notifier.channel;

import java.net.URI;
import java.util.List;

/**
 * One place alerts are delivered to, as configured: a robot's or webhook's URL, the secret it signs
 * with (DingTalk, Feishu, webhook; empty when the robot has no signing), the language of its
 * messages ({@code zh} or {@code en}) and its rate limits (the platform's unless configured).
 */
public record Channel(String id, ChannelKind kind, URI url, String secret, String language,
                      List<ChannelKind.RateWindow> rateLimits) {

    public static final String CHINESE = "zh";
    public static final String ENGLISH = "en";

    public Channel {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a channel needs an id");
        }
        secret = secret == null ? "" : secret;
        language = language == null || language.isBlank() ? CHINESE : language;
        if (!language.equals(CHINESE) && !language.equals(ENGLISH)) {
            throw new IllegalArgumentException("channel " + id + ": language must be zh or en, not '" + language + "'");
        }
        if (kind == ChannelKind.WEBHOOK && secret.isEmpty()) {
            throw new IllegalArgumentException("channel " + id + ": a webhook must have a secret to sign with");
        }
        rateLimits = rateLimits == null ? kind.platformLimits() : List.copyOf(rateLimits);
    }

    public boolean english() {
        return ENGLISH.equals(language);
    }
}
