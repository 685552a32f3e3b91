package io.communitypulse.pipeline.incident;

/**
 * The forecast final size of a cascade: what has happened, the expected final count and a 90% interval.
 */
public record GrowthForecast(int soFar, double expected, double low, double high) {

    public long expectedRounded() {
        return Math.round(expected);
    }

    public long lowRounded() {
        return (long) Math.floor(low);
    }

    public long highRounded() {
        return (long) Math.ceil(high);
    }
}
