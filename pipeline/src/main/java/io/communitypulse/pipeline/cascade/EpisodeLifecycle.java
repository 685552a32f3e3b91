package io.communitypulse.pipeline.cascade;

import io.communitypulse.events.alert.AlertState;

/**
 * The states a raised cascade goes through as time passes (docs/alerts.md): {@code peaked} when no
 * new member has joined for a while, {@code quiet} when nobody has added to it, {@code ended} when the
 * window has passed; a new member makes it {@code growing} again. Each change is a revision.
 */
final class EpisodeLifecycle {

    private final CascadeRule rule;

    EpisodeLifecycle(CascadeRule rule) {
        this.rule = rule;
    }

    /** Moves the episode to the state due at {@code time}; true when it changed. */
    boolean advance(Episode episode, long time) {
        if (!episode.isAlerted() || episode.isIn(AlertState.ENDED)) {
            return false;
        }
        if (!episode.isOpenAt(time, rule.windowMillis())) {
            episode.moveTo(AlertState.ENDED);
            return true;
        }
        if (!episode.isIn(AlertState.QUIET) && time >= quietAt(episode)) {
            episode.moveTo(AlertState.QUIET);
            return true;
        }
        if (episode.isIn(AlertState.OPEN, AlertState.GROWING) && time >= peakedAt(episode)) {
            episode.moveTo(AlertState.PEAKED);
            return true;
        }
        return false;
    }

    /** Evidence without a new member: a quiet cascade is talked about again, so it has peaked. */
    boolean stirred(Episode episode) {
        if (episode.isIn(AlertState.QUIET)) {
            episode.moveTo(AlertState.PEAKED);
            return true;
        }
        return false;
    }

    /** When the episode's state will next change by time alone, or {@link Long#MAX_VALUE}. */
    long nextChange(Episode episode) {
        long ends = episode.lastSeenMillis + rule.windowMillis() + 1;
        if (!episode.isAlerted()) {
            return ends;
        }
        if (episode.isIn(AlertState.OPEN, AlertState.GROWING)) {
            return Math.min(peakedAt(episode), ends);
        }
        return episode.isIn(AlertState.PEAKED) ? Math.min(quietAt(episode), ends) : ends;
    }

    private long peakedAt(Episode episode) {
        return episode.lastNewMemberMillis + rule.peakedAfter().toMillis();
    }

    private long quietAt(Episode episode) {
        return episode.lastSeenMillis + rule.quietAfter().toMillis();
    }
}
