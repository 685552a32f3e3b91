package io.communitypulse.events;

/** What parsing one raw record gives: a valid event, or the reason it was rejected. */
public sealed interface ParseResult {

    record Accepted(PulseEvent event) implements ParseResult {}

    record Rejected(Rejection rejection) implements ParseResult {}
}
