package io.communitypulse.simulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A deterministic simulated stream of brand-community traffic and the ground truth of the
 * incidents staged in it. Pure: no clock, no I/O; sinks and pacing are separate
 * ({@link JsonlOutput}, {@link KafkaEventSink}, {@link Pacer}).
 *
 * <pre>{@code
 * Simulation sim = Simulation.create(SimulatorConfig.defaults().withSeed(7));
 * sim.incidents();             // ground truth, known up front
 * sim.records().forEachRemaining(r -> send(r.line()));
 * }</pre>
 */
public final class Simulation {

    private static final long HEALTH_SALT = 0x5EA1_7E4A_11C0_FFEEL;

    private final SimulatorConfig config;
    private final List<Incident> incidents;
    private final List<Incident> healthIncidents;

    private Simulation(SimulatorConfig config) {
        this.config = config;
        Run run = new Run(config);
        this.incidents = run.incidents;
        this.healthIncidents = run.healthIncidents;
    }

    public static Simulation create(SimulatorConfig config) {
        return new Simulation(config);
    }

    public SimulatorConfig config() {
        return config;
    }

    public Catalogue catalogue() {
        return Catalogue.standard();
    }

    /** Ground truth: what was staged, where, by whom, with which event ids. */
    public List<Incident> incidents() {
        return incidents;
    }

    /**
     * Ground truth of community health: the staged mass exits, early-exit churn, notice board and dormant
     * group ({@link HealthScenarios}); each kind names the alert it must raise.
     */
    public List<Incident> healthIncidents() {
        return healthIncidents;
    }

    /**
     * The records in send order (simulated time), each call a fresh and identical sequence.
     * Bounded runs end at {@code start + duration}; unbounded ones never end.
     */
    public Iterator<TimedRecord> records() {
        return new Run(config).records;
    }

    public Stream<TimedRecord> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records(), Spliterator.ORDERED), false);
    }

    /** One generation from the seed: the world, the staged incidents, the staged health incidents, then the lazy stream. */
    private static final class Run {
        final List<Incident> incidents;
        final List<Incident> healthIncidents;
        final Iterator<TimedRecord> records;

        Run(SimulatorConfig config) {
            SplittableRandom random = new SplittableRandom(config.seed());
            // community health draws from streams of its own, so the rest of the traffic is what it was without it
            SplittableRandom healthRandom = new SplittableRandom(config.seed() ^ HEALTH_SALT);
            Community community = Community.build(Catalogue.standard(), config.groups(), random, healthRandom.split());
            EventFactory factory = new EventFactory(config.seed());
            TextComposer text = new TextComposer(random);
            Timeline timeline = new Timeline();
            IncidentScript script = new IncidentScript(config, random, factory, text, timeline);
            incidents = List.copyOf(script.stage(community));
            HealthScript health = new HealthScript(config, healthRandom, factory, new TextComposer(healthRandom), timeline,
                    community);
            healthIncidents = List.copyOf(health.stage(script.reserved()));
            List<Group> reserved = new ArrayList<>(script.reserved());
            reserved.addAll(health.reserved());
            BackgroundTraffic background = new BackgroundTraffic(community, reserved, random, factory, text, timeline);
            Snapshots snapshots = new Snapshots(community, timeline, config);
            records = new Delivery(new EventTimeline(timeline, background, snapshots, random, config), config, random);
        }
    }
}
