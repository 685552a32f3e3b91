package io.communitypulse.sentiment;

import io.communitypulse.sentiment.model.ModelArtifact;
import io.communitypulse.sentiment.model.ScoringEngine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The trained sentiment model as a {@link SentimentScorer}.
 *
 * <p>{@link #loadDefault(ProductCatalogue)} loads the artifact shipped on this module's classpath
 * ({@value #DEFAULT_RESOURCE}); the weights are read once per class loader and shared by every
 * instance, so one per Flink task costs no extra heap. Serialising an instance ships only the catalogue
 * (and a custom artifact's bytes when there is one): the weights are reloaded on the other side.
 */
public final class SentimentModel implements SentimentScorer {
    private static final long serialVersionUID = 1L;
    public static final String DEFAULT_RESOURCE = "/io/communitypulse/sentiment/model-v1.bin";
    private static final Map<String, ScoringEngine> SHARED = new ConcurrentHashMap<>();

    private final ProductCatalogue catalogue;
    /** Null for the default artifact, which is reloaded from the classpath after deserialisation. */
    private final byte[] customArtifact;
    private transient ScoringEngine engine;

    private SentimentModel(ProductCatalogue catalogue, byte[] customArtifact, ScoringEngine engine) {
        this.catalogue = catalogue;
        this.customArtifact = customArtifact;
        this.engine = engine;
    }

    /** The model shipped on this module's classpath, matching products from {@code catalogue}. */
    public static SentimentModel loadDefault(ProductCatalogue catalogue) {
        return new SentimentModel(catalogue, null, defaultEngine());
    }

    /** A model from an artifact written by {@code SentimentCli train --out FILE}. */
    public static SentimentModel load(InputStream artifact, ProductCatalogue catalogue) throws IOException {
        byte[] bytes = artifact.readAllBytes();
        return new SentimentModel(catalogue, bytes, engineOf(bytes));
    }

    /** As {@link #load(InputStream, ProductCatalogue)}, from a file; the error names the file. */
    public static SentimentModel load(Path artifact, ProductCatalogue catalogue) throws IOException {
        try (InputStream in = Files.newInputStream(artifact)) {
            return load(in, catalogue);
        } catch (NoSuchFileException e) {
            throw new IOException("cannot load the sentiment model " + artifact + ": no such file", e);
        } catch (IOException e) {
            throw new IOException("cannot load the sentiment model " + artifact + ": " + e.getMessage(), e);
        }
    }

    /** The model in {@code artifact} when given (a retrained one), else the shipped one. */
    public static SentimentModel loadFileOrDefault(Path artifact, ProductCatalogue catalogue) throws IOException {
        return artifact == null ? loadDefault(catalogue) : load(artifact, catalogue);
    }

    @Override
    public SentimentResult score(String brandId, String text) {
        return engine.score(brandId, text, catalogue);
    }

    @Override
    public String modelId() {
        return engine.modelId();
    }

    /** Provenance of the loaded weights: version, training data checksum, seed. */
    public ModelArtifact artifact() {
        return engine.artifact();
    }

    private static ScoringEngine defaultEngine() {
        return SHARED.computeIfAbsent(DEFAULT_RESOURCE, resource -> {
            try (InputStream in = SentimentModel.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " missing: run SentimentCli train");
                }
                return new ScoringEngine(ModelArtifact.readFrom(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static ScoringEngine engineOf(byte[] bytes) throws IOException {
        return new ScoringEngine(ModelArtifact.readFrom(new ByteArrayInputStream(bytes)));
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        engine = customArtifact == null ? defaultEngine() : engineOf(customArtifact);
    }
}
