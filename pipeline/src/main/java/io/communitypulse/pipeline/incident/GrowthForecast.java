package io.communitypulse.pipeline.incident;

/**
 * The forecast final size of a cascade: what has happened, the likely final count (median), a 90%
 * interval (5th to 95th percentile) and the mean.
 */
public record GrowthForecast(int soFar, int likely, int low, int high, double mean) {

    /** A finished cascade: nothing more to come. */
    public static GrowthForecast settled(int count) {
        return new GrowthForecast(count, count, count, count, count);
    }
}
