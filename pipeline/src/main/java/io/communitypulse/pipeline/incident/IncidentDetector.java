package io.communitypulse.pipeline.incident;

import io.communitypulse.pipeline.timeline.Detector;
import io.communitypulse.pipeline.timeline.DetectorOutput;
import io.communitypulse.pipeline.timeline.GroupEvent;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.OutputTag;

/**
 * {@link Incidents} on a brand's ordered stream of group alerts (keyed by brand): every alert comes
 * out linked (incident id, related alerts, forecast, severity), and each incident's rows go to
 * {@link #INCIDENTS}. On the timeline, a re-issued or late alert revision re-links in event-time order,
 * so incidents do not depend on which group's alert arrived first.
 */
public final class IncidentDetector implements Detector<BrandIncidents> {

    private static final long serialVersionUID = 1L;
    public static final OutputTag<IncidentRow> INCIDENTS = new OutputTag<>("incidents") {};

    private final Incidents incidents;

    public IncidentDetector(Incidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public String name() {
        return "incidents";
    }

    @Override
    public TypeInformation<BrandIncidents> stateType() {
        return TypeInformation.of(BrandIncidents.class);
    }

    @Override
    public BrandIncidents newState() {
        return new BrandIncidents();
    }

    @Override
    public void onEvent(BrandIncidents brand, GroupEvent event, DetectorOutput out) {
        if (event.alert == null) {
            return;
        }
        brand.brandId = event.brandId();
        incidents.expire(brand, event.brandId(), event.timeMillis()).forEach(row -> out.row(INCIDENTS, row));
        Incidents.Linked linked = incidents.accept(brand, event.alert);
        out.alert(linked.alert());
        if (linked.incident() != null) {
            out.row(INCIDENTS, linked.incident());
        }
    }

    @Override
    public void onTime(BrandIncidents brand, long timeMillis, DetectorOutput out) {
        incidents.expire(brand, brand.brandId, timeMillis).forEach(row -> out.row(INCIDENTS, row));
    }

    @Override
    public long nextWakeUp(BrandIncidents brand) {
        return incidents.nextExpiry(brand);
    }

    @Override
    public boolean isEmpty(BrandIncidents brand) {
        return brand.isEmpty();
    }
}
