package io.communitypulse.sentiment.complaint;

import java.io.Serializable;

/**
 * A whole word or phrase of a message and what it signals: {@code 拉肚子} (symptom), {@code 三天了}
 * (duration), {@code [微笑]} (sarcasm). What an operator reads next to an alert.
 */
public record Cue(Signal signal, String text) implements Serializable {
}
