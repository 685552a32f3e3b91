package io.communitypulse.simulator;

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

    private final SimulatorConfig config;
    private final List<Incident> incidents;

    private Simulation(SimulatorConfig config) {
        this.config = config;
        this.incidents = new Run(config).incidents;
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
     * The records in send order (simulated time), each call a fresh and identical sequence.
     * Bounded runs end at {@code start + duration}; unbounded ones never end.
     */
    public Iterator<TimedRecord> records() {
        return new Run(config).records;
    }

    public Stream<TimedRecord> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records(), Spliterator.ORDERED), false);
    }

    /** One generation from the seed: the world, the staged incidents, then the lazy stream. */
    private static final class Run {
        final List<Incident> incidents;
        final Iterator<TimedRecord> records;

        Run(SimulatorConfig config) {
            SplittableRandom random = new SplittableRandom(config.seed());
            Community community = Community.build(Catalogue.standard(), config.groups(), random);
            EventFactory factory = new EventFactory(config.seed());
            TextComposer text = new TextComposer(random);
            Timeline timeline = new Timeline();
            IncidentScript script = new IncidentScript(config, random, factory, text, timeline);
            incidents = List.copyOf(script.stage(community));
            BackgroundTraffic background = new BackgroundTraffic(community, script.reserved(), random, factory, text,
                    timeline);
            records = new Delivery(new EventTimeline(timeline, background, random, config), config, random);
        }
    }
}
