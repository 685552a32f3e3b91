package io.communitypulse.sentiment.complaint;

/** The start of a line kept in state, and whether a quote repeats it. */
final class Heads {
    static final int LENGTH = 16;
    private static final int MIN_SHARED = 4;

    private Heads() {
    }

    static String of(String normalised) {
        String compact = normalised.replace(" ", "");
        return compact.length() <= LENGTH ? compact : compact.substring(0, LENGTH);
    }

    /** Whether the quote and a kept head share a run of a few characters (quotes are often cut or retyped). */
    static boolean overlap(String head, String quote) {
        String q = quote.replace(" ", "");
        for (int i = 0; i + MIN_SHARED <= q.length(); i++) {
            if (head.contains(q.substring(i, i + MIN_SHARED))) {
                return true;
            }
        }
        return false;
    }
}
