package io.communitypulse.pipeline.cascade;

import io.communitypulse.sentiment.ProductCatalogue;
import io.communitypulse.sentiment.SentimentModel;
import io.communitypulse.sentiment.complaint.ComplaintRecognizer;
import io.communitypulse.sentiment.complaint.LearnedReader;
import io.communitypulse.sentiment.complaint.eval.LabelledFiles;
import io.communitypulse.sentiment.complaint.eval.LeftOutReaders;
import io.communitypulse.sentiment.train.TrainingFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The pipeline's cascade rule on every training file's dev conversations, each read by a learned reader trained
 * without that file (docs/complaints.md, step 18): {@code java ... LeftOutCascades}. The shipped reader has read
 * these dev lines, so {@link LabelledChatCascades} on them measures a fit; this measures the rule on voices its
 * reader never saw, with and without {@link Corroboration}.
 */
final class LeftOutCascades {
    private LeftOutCascades() {
    }

    public static void main(String[] args) throws IOException {
        Path root = TrainingFiles.repositoryRoot(Path.of("").toAbsolutePath());
        List<String> files = LabelledFiles.TRAINING;
        List<LearnedReader> readers = LeftOutReaders.of(root, files, SentimentModel.loadDefault(ProductCatalogue.empty()));
        int[] rule = new int[4];
        int[] bare = new int[4];
        System.out.println("| file (dev), reader trained without it | caught | false alarms | bare rule: caught | false alarms |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (int i = 0; i < files.size(); i++) {
            ComplaintRecognizer recognizer = new ComplaintRecognizer(readers.get(i));
            LabelledChatCascades corroborated = LabelledChatCascades.score(root.resolve(files.get(i)), "dev", false, recognizer);
            LabelledChatCascades all = LabelledChatCascades.score(root.resolve(files.get(i)), "dev", true, recognizer);
            add(rule, corroborated);
            add(bare, all);
            System.out.printf("| %s | %d/%d | %d/%d | %d/%d | %d/%d |%n", LabelledFiles.shortName(files.get(i)),
                    corroborated.caught(), corroborated.cascades(), corroborated.falseAlarms(), corroborated.others(),
                    all.caught(), all.cascades(), all.falseAlarms(), all.others());
        }
        System.out.printf("| all, pooled | %d/%d | %d/%d | %d/%d | %d/%d |%n", rule[1], rule[0], rule[3], rule[2],
                bare[1], bare[0], bare[3], bare[2]);
    }

    private static void add(int[] total, LabelledChatCascades scores) {
        total[0] += scores.cascades();
        total[1] += scores.caught();
        total[2] += scores.others();
        total[3] += scores.falseAlarms();
    }
}
