package io.communitypulse.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.communitypulse.events.EventJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a run to a directory: {@code events.jsonl} (every record in send order, one per line),
 * {@code incidents.jsonl} and {@code health_incidents.jsonl} (ground truth), {@code catalogue.json}
 * (for the sentiment module) and, on close, {@code summary.json} (counts of late, duplicate and
 * malformed records).
 */
public final class JsonlOutput implements RecordSink {

    public static final String EVENTS = "events.jsonl";
    public static final String INCIDENTS = "incidents.jsonl";
    public static final String HEALTH_INCIDENTS = "health_incidents.jsonl";
    public static final String CATALOGUE = "catalogue.json";
    public static final String SUMMARY = "summary.json";

    private final Path dir;
    private final BufferedWriter events;
    private final StreamSummary summary = new StreamSummary();

    private JsonlOutput(Path dir, BufferedWriter events) {
        this.dir = dir;
        this.events = events;
    }

    /** Writes the catalogue and the ground truth now, and opens the event file. */
    public static JsonlOutput open(Path dir, Simulation simulation) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(CATALOGUE), simulation.catalogue().toJson() + "\n", StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(INCIDENTS), incidentLines(simulation.incidents()), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(HEALTH_INCIDENTS), incidentLines(simulation.healthIncidents()), StandardCharsets.UTF_8);
            return new JsonlOutput(dir, Files.newBufferedWriter(dir.resolve(EVENTS), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the simulation to " + dir, e);
        }
    }

    /** The whole run, unpaced; returns its summary. */
    public static StreamSummary write(Simulation simulation, Path dir) {
        try (JsonlOutput out = open(dir, simulation)) {
            simulation.records().forEachRemaining(out::accept);
            return out.summary();
        }
    }

    public static String incidentLines(List<Incident> incidents) {
        StringBuilder lines = new StringBuilder();
        for (Incident incident : incidents) {
            lines.append(json(incident)).append('\n');
        }
        return lines.toString();
    }

    @Override
    public void accept(TimedRecord record) {
        summary.count(record);
        try {
            events.write(record.line());
            events.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public StreamSummary summary() {
        return summary;
    }

    @Override
    public void close() {
        try {
            events.close();
            Files.writeString(dir.resolve(SUMMARY), json(summary.toMap()) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
