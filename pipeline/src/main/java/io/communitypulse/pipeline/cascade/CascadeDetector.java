package io.communitypulse.pipeline.cascade;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.pipeline.timeline.Detector;
import io.communitypulse.pipeline.timeline.DetectorOutput;
import io.communitypulse.pipeline.timeline.GroupEvent;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * The {@code negative_cascade} detector on a group's ordered stream: a {@link CascadeTracker} per
 * group, fed the group's chat messages, each judged in its conversation by the complaint recognizer
 * (docs/complaints.md); each episode that reaches the rule, grows past it or moves on
 * in its lifecycle (peaked, quiet, ended) becomes a revision of its alert. State expires with the
 * group's episodes.
 */
public final class CascadeDetector implements Detector<CascadeTracker> {

    private static final long serialVersionUID = 1L;

    private final CascadeRule rule;
    private final CascadeAlerts alerts;
    private final ComplaintReading reading = new ComplaintReading();

    public CascadeDetector(CascadeRule rule, CascadeAlerts alerts) {
        this.rule = rule;
        this.alerts = alerts;
    }

    @Override
    public String name() {
        return "negative-cascade";
    }

    @Override
    public TypeInformation<CascadeTracker> stateType() {
        return TypeInformation.of(CascadeTracker.class);
    }

    @Override
    public CascadeTracker newState() {
        return new CascadeTracker();
    }

    @Override
    public void onEvent(CascadeTracker tracker, GroupEvent event, DetectorOutput out) {
        if (event.message == null) {
            return;
        }
        ChatMessage message = event.message.message();
        for (Episode changed : tracker.accept(message, reading.read(tracker, event.message), rule)) {
            out.alert(alerts.alertFor(message.brandId(), message.groupId(), changed));
        }
    }

    @Override
    public void onTime(CascadeTracker tracker, long timeMillis, DetectorOutput out) {
        // the key's brand and group are not in the tracker: every episode remembers its first message's
        for (Episode changed : tracker.advance(timeMillis, rule)) {
            out.alert(alerts.alertFor(changed.brandId, changed.groupId, changed));
        }
    }

    @Override
    public long nextWakeUp(CascadeTracker tracker) {
        return tracker.isEmpty() ? Long.MAX_VALUE : tracker.nextChange(rule);
    }

    @Override
    public boolean isEmpty(CascadeTracker tracker) {
        return tracker.isEmpty();
    }
}
