package io.communitypulse.api;

import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertEvidence;
import io.communitypulse.events.alert.AlertState;
import java.util.List;

/** Alert revisions as the pipeline publishes them on the topic, for the stream and browser tests. */
final class StreamAlerts {

    private StreamAlerts() {
    }

    static Alert cascade(String alertId, String brand, int revision) {
        List<AlertEvidence> evidence = List.of(
                new AlertEvidence("m1", "这个面霜用了过敏了，脸上起红疹😭", "u1", Fixtures.BASE),
                new AlertEvidence("m2", "我也是！！用了两天就痒", "u2", Fixtures.BASE.plusSeconds(60)),
                new AlertEvidence("m3", "+1 同样的问题", "u3", Fixtures.BASE.plusSeconds(120)));
        return new Alert(alertId, revision, "negative_cascade", brand, "group-" + brand, 2 + revision,
                revision == 1 ? AlertState.OPEN : AlertState.GROWING, "product", "SKU-FACE-CREAM-50",
                "3 位成员投诉「水光面霜」 | 3 members complained about 水光面霜", Fixtures.BASE, Fixtures.BASE.plusSeconds(120),
                Fixtures.BASE.plusSeconds(120), List.of("u1", "u2", "u3"), 3, evidence, List.of("allergy_safety"),
                List.of("过敏"), "{\"subject_name\":\"水光面霜\"}", List.of(), "");
    }
}
