package io.communitypulse.events;

/**
 * A record that cannot enter the pipeline, and why.
 *
 * @param detail  a sentence a person can act on, naming the field and the value when there is one
 * @param brandId the record's brand when it could be read, so tenants see their own dead letters; else null
 */
public record Rejection(RejectReason reason, String detail, String brandId) {}
