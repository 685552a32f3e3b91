package io.communitypulse.sentiment.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.communitypulse.sentiment.SentimentModel;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildClassLoaderTest {
    @TempDir
    Path emptyBuild;

    /** The sentiment build this module compiles against: its classes directory or its jar. */
    static Path currentBuild() throws URISyntaxException {
        return Path.of(SentimentModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void sentiment_classes_come_from_the_build_even_when_the_class_path_has_them() throws Exception {
        try (BuildClassLoader loader = new BuildClassLoader(currentBuild().toUri().toURL(), getClass().getClassLoader())) {
            Class<?> model = loader.loadClass(SentimentModel.class.getName());

            assertThat(model).isNotSameAs(SentimentModel.class);
            assertThat(model.getClassLoader()).isSameAs(loader);
        }
    }

    @Test
    void what_the_build_lacks_is_not_taken_from_the_class_path() throws Exception {
        try (BuildClassLoader loader = new BuildClassLoader(emptyBuild.toUri().toURL(), getClass().getClassLoader())) {
            assertThatThrownBy(() -> loader.loadClass(SentimentModel.class.getName())).isInstanceOf(ClassNotFoundException.class);
            assertThat(loader.getResource("io/communitypulse/sentiment/model-v1.bin")).isNull();
        }
    }

    @Test
    void the_tools_and_everything_else_come_from_the_parent() throws Exception {
        try (BuildClassLoader loader = new BuildClassLoader(emptyBuild.toUri().toURL(), getClass().getClassLoader())) {
            assertThat(loader.loadClass(Folds.class.getName())).isSameAs(Folds.class);
            assertThat(loader.loadClass(ObjectMapper.class.getName())).isSameAs(ObjectMapper.class);
            assertThat(loader.getResource("com/fasterxml/jackson/databind/ObjectMapper.class")).isNotNull();
        }
    }

    @Test
    void two_builds_of_one_directory_are_separate_classes_that_score_alike() throws Throwable {
        Build a = new Build(currentBuild().toString());
        Build b = new Build(currentBuild().toString());

        assertThat(a.scorer.getClass()).isNotSameAs(b.scorer.getClass());
        Object result = a.score("太难吃了，再也不买了");
        assertThat(String.valueOf(Build.component(result, "label"))).isEqualTo("NEGATIVE");
        assertThat(String.valueOf(Build.component(b.score("太难吃了，再也不买了"), "cues")))
                .isEqualTo(String.valueOf(Build.component(result, "cues")));
    }
}
