package io.communitypulse.sentiment.tools;

import java.nio.file.Path;

/** Where the tools read their data, relative to the repository root they are run from. */
final class ToolPaths {
    /** The shared review corpora: {@code retail_train.tsv}, {@code waimai_test.tsv}... */
    static final Path DATA = Path.of("../shared/data/sentiment");
    /** The chat sets: {@code chat_test.tsv} and {@code chat_holdout.tsv}. */
    static final Path CHAT_SETS = Path.of("sentiment/src/test/resources");

    private ToolPaths() {
    }
}
