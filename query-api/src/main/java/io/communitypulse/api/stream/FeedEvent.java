package io.communitypulse.api.stream;

/** One alert revision read from the topic: where it sits, whose it is, and its JSON as sent to clients. */
record FeedEvent(int partition, long offset, String brandId, String json) {}
