package io.communitypulse.sentiment.model;

import io.communitypulse.sentiment.text.SignalTokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the spans of text that pushed the score toward its sign (rule hits and the strongest n-grams),
 * merges overlapping spans, and renders them for people: emoticon tokens back to {@code [微笑]}.
 */
final class CueCollector {
    static final int MAX_CUES = 4;
    private static final int CANDIDATES = 8;

    private final int[] start = new int[CANDIDATES];
    private final int[] end = new int[CANDIDATES];
    private final float[] strength = new float[CANDIDATES];
    private int size;
    /** Once full: the slot of the weakest candidate, so most offers are rejected with one compare. */
    private int weakestSlot;

    void reset() {
        size = 0;
    }

    /** Offers a span with its contribution already signed toward the label (positive = supports it). */
    void offer(int spanStart, int spanEnd, float support) {
        if (support <= 0) {
            return;
        }
        int slot;
        if (size < CANDIDATES) {
            slot = size++;
        } else {
            slot = weakestSlot;
            if (strength[slot] >= support) {
                return;
            }
        }
        start[slot] = spanStart;
        end[slot] = spanEnd;
        strength[slot] = support;
        if (size == CANDIDATES) {
            weakestSlot = weakest();
        }
    }

    List<String> render(String text, SignalTokens tokens, String sarcasmCue) {
        sortByStrength();
        List<String> cues = new ArrayList<>(MAX_CUES);
        if (sarcasmCue != null) {
            cues.add(sarcasmCue);
        }
        boolean[] used = new boolean[size];
        for (int i = 0; i < size && cues.size() < MAX_CUES; i++) {
            if (used[i]) {
                continue;
            }
            int s = start[i];
            int e = end[i];
            for (int j = i + 1; j < size; j++) {
                if (!used[j] && start[j] < e && end[j] > s) {
                    s = Math.min(s, start[j]);
                    e = Math.max(e, end[j]);
                    used[j] = true;
                }
            }
            String cue = display(text, s, e, tokens);
            if (!cue.isBlank() && !cues.contains(cue)) {
                cues.add(cue);
            }
        }
        return cues;
    }

    private static String display(String text, int s, int e, SignalTokens tokens) {
        StringBuilder out = new StringBuilder(e - s + 4);
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (SignalTokens.isToken(c)) {
                out.append(tokens.display(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().trim();
    }

    private int weakest() {
        int w = 0;
        for (int i = 1; i < size; i++) {
            if (strength[i] < strength[w]) {
                w = i;
            }
        }
        return w;
    }

    private void sortByStrength() {
        for (int i = 1; i < size; i++) {
            for (int j = i; j > 0 && strength[j] > strength[j - 1]; j--) {
                swap(j, j - 1);
            }
        }
    }

    private void swap(int a, int b) {
        int s = start[a];
        start[a] = start[b];
        start[b] = s;
        int e = end[a];
        end[a] = end[b];
        end[b] = e;
        float t = strength[a];
        strength[a] = strength[b];
        strength[b] = t;
    }
}
