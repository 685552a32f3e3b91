package io.communitypulse.pipeline.timeline;

import io.communitypulse.events.alert.Alert;

/**
 * An alert first raised within the allowed lateness, with its latest revision: if a late event
 * re-draws the group's history so that it is no longer raised, the timeline supersedes it.
 * A Flink POJO.
 */
public final class BornAlert {

    public Alert latest;
    public long bornAtMillis;

    public BornAlert() {}

    BornAlert(Alert latest, long bornAtMillis) {
        this.latest = latest;
        this.bornAtMillis = bornAtMillis;
    }
}
