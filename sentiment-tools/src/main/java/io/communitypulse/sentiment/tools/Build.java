package io.communitypulse.sentiment.tools;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.nio.file.Path;

/**
 * One build of the sentiment module, loaded from its compiled classes directory (or its jar) by a
 * {@link BuildClassLoader} of its own, so that tools can run several versions in one JVM
 * ({@link SideBySideTiming}, {@link CueComparison}). To keep a version: {@code git stash; mvn -pl sentiment
 * compile; cp -r sentiment/target/classes /tmp/old; git stash pop}.
 */
final class Build {
    final String dir;
    /** The build's default {@code SentimentModel}, with an empty product catalogue. */
    final Object scorer;
    /** {@code SentimentModel.score(brand, text)} typed {@code (Object, String, String) -> Object}, for invokeExact. */
    final MethodHandle score;
    private final ClassLoader loader;

    Build(String dir) throws ReflectiveOperationException, IOException {
        this.dir = dir;
        this.loader = new BuildClassLoader(Path.of(dir).toUri().toURL(), Build.class.getClassLoader());
        Class<?> catalogue = type("ProductCatalogue");
        Class<?> model = type("SentimentModel");
        this.scorer = model.getMethod("loadDefault", catalogue).invoke(null, catalogue.getMethod("empty").invoke(null));
        this.score = MethodHandles.publicLookup()
                .findVirtual(model, "score", MethodType.methodType(type("SentimentResult"), String.class, String.class))
                .asType(MethodType.methodType(Object.class, Object.class, String.class, String.class));
    }

    /** The benchmark's message mix, as this build's {@code BenchmarkMessages.load()} reads it. */
    String[] benchmarkMessages() throws ReflectiveOperationException {
        return (String[]) type("bench.BenchmarkMessages").getMethod("load").invoke(null);
    }

    /** Scores one message with this build's scorer. */
    Object score(String text) throws Throwable {
        return score.invokeExact(scorer, "b", text);
    }

    /** The result's record component {@code name} (label, score, aspects, cues...) of a {@link #score} result. */
    static Object component(Object result, String name) throws ReflectiveOperationException {
        Method accessor = result.getClass().getMethod(name);
        return accessor.invoke(result);
    }

    private Class<?> type(String name) throws ClassNotFoundException {
        return loader.loadClass("io.communitypulse.sentiment." + name);
    }
}
