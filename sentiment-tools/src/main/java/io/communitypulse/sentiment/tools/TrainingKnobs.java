package io.communitypulse.sentiment.tools;

import io.communitypulse.sentiment.train.TrainingOptions;
import java.util.Properties;

/**
 * The training options of {@link CrossValidation} and {@link LeaveOneCategoryOut}: the shipped defaults, each
 * overridden by its {@code -D} option: {@code -Dorder=3 -Dbits=20 -Depochs=4 -Dlr=0.02 -Dl2=1e-6 -Ddrop=0.3
 * -Dalpha=1 -Davg=false -Dblend=0 -Dens=1}.
 */
final class TrainingKnobs {
    private TrainingKnobs() {
    }

    static TrainingOptions options(long seed, Properties knobs) {
        TrainingOptions d = TrainingOptions.defaults();
        return new TrainingOptions(seed,
                integer(knobs, "order", d.maxOrder()),
                integer(knobs, "bits", d.hashBits()),
                integer(knobs, "epochs", d.epochs()),
                Float.parseFloat(knobs.getProperty("lr", "" + d.learningRate())),
                Float.parseFloat(knobs.getProperty("l2", "" + d.l2())),
                Float.parseFloat(knobs.getProperty("drop", "" + d.ngramDropout())),
                Float.parseFloat(knobs.getProperty("alpha", "" + d.nbAlpha())),
                Boolean.parseBoolean(knobs.getProperty("avg")),
                Float.parseFloat(knobs.getProperty("blend", "0")),
                integer(knobs, "ens", 1),
                "x");
    }

    private static int integer(Properties knobs, String name, int otherwise) {
        String value = knobs.getProperty(name);
        return value == null ? otherwise : Integer.parseInt(value.trim());
    }
}
