package io.communitypulse.sentiment.model;

import io.communitypulse.sentiment.Aspect;
import io.communitypulse.sentiment.ProductCatalogue;
import io.communitypulse.sentiment.SentimentLabel;
import io.communitypulse.sentiment.SentimentResult;
import io.communitypulse.sentiment.text.SignalTokens;
import io.communitypulse.sentiment.text.TextNormaliser;
import java.util.List;

/**
 * Scores normalised text with the trained weights, applies the hand-set sarcasm rule, decides the label
 * with {@link NeutralPolicy}, and gathers aspects, products and cues. Thread-safe: per-call scratch is
 * thread-local.
 */
public final class ScoringEngine {
    /** Logit pushed below zero when a sarcasm emoticon meets any opinion ("好棒哦[微笑]"). */
    private static final float SARCASM_SHIFT = 1.5f;
    /** Least opinion mass (not politeness) a sarcasm emoticon needs to turn sour: "好棒哦[微笑]", not "早[微笑]". */
    private static final float SARCASM_NEEDS = 0.8f;
    /** Logit pushed below zero by a stated product problem ("吃完过敏了", "里面有异物", "没收到"). */
    private static final float PROBLEM_SHIFT = 1.5f;
    /** Logit pushed above zero by emphatic praise through negation ("一点都不差") when nothing else complains. */
    private static final float LITOTES_SHIFT = 1.0f;

    private final ModelArtifact artifact;
    private final String modelId;
    private final float[] ngram;
    private final float[] dense;
    private final FeatureExtractor extractor;
    private final AspectTagger aspects = new AspectTagger();
    private final SignalTokens tokens = SignalTokens.instance();
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    public ScoringEngine(ModelArtifact artifact) {
        this.artifact = artifact;
        this.modelId = artifact.id();
        this.ngram = artifact.ngramWeights();
        this.dense = artifact.denseWeights();
        this.extractor = new FeatureExtractor(artifact.maxOrder(), artifact.hashBits());
    }

    public ModelArtifact artifact() {
        return artifact;
    }

    public String modelId() {
        return modelId;
    }

    public SentimentResult score(String brandId, String raw, ProductCatalogue catalogue) {
        String text = TextNormaliser.normalise(raw);
        if (text.isEmpty()) {
            return SentimentResult.empty();
        }
        Scratch s = scratch.get();
        Features f = s.features;
        extractor.extract(text, f, ngram);
        RuleEvidence evidence = f.evidence;
        float logit = logit(f);
        boolean sarcastic = evidence.sarcasmToken
                && (evidence.sarcasmTarget >= SARCASM_NEEDS || evidence.repeatedQuestion);
        if (sarcastic) {
            logit = -Math.abs(logit) - SARCASM_SHIFT;
        } else if (evidence.problems > 0) {
            // hand-set like sarcasm: product names ("蛋白棒") and pile-on words must not outvote 过敏
            logit = Math.min(logit, 0f) - PROBLEM_SHIFT;
        } else if (evidence.litotes > 0 && evidence.negative == 0) {
            // the n-grams of the common "一点都不好" drag down the rarer "一点都不差"
            logit = Math.max(logit, 0f) + LITOTES_SHIFT;
        }
        double score = Math.tanh(logit / 2.0);
        SentimentLabel label = NeutralPolicy.label(score, evidence, sarcastic);
        double confidence = NeutralPolicy.confidence(score, label, evidence);
        boolean opinionated = label != SentimentLabel.NEUTRAL;
        CueCollector collector = s.cues;
        collector.reset(text);
        // aspect keywords and product names found on the way tell the cues where words start and end
        List<Aspect> about = aspects.aspects(text, opinionated, opinionated ? collector : null);
        List<String> products = catalogue.skusMentioned(brandId, text, opinionated ? collector : null);
        List<String> cues = opinionated
                ? cues(f, logit > 0 ? 1f : -1f, sarcastic ? tokens.display(evidence.sarcasmChar) + "(sarcasm)" : null,
                        collector)
                : List.of();
        return new SentimentResult(round(score), label, round(confidence), about, products, cues);
    }

    private float logit(Features f) {
        float z = 0;
        for (int k = 0, n = f.count; k < n; k++) {
            z += f.weight[k] * f.value[k];
        }
        for (int k = 0; k < Features.DENSE; k++) {
            z += dense[k] * f.dense[k];
        }
        return z;
    }

    private List<String> cues(Features f, float sign, String sarcasmCue, CueCollector collector) {
        RuleEvidence e = f.evidence;
        for (int h = 0; h < e.hits; h++) {
            // a zero-weight entry (蛋白棒, 快递, 多少卡) is text that holds no opinion: no cue may cut into it;
            // a hit negated across other words has no trustworthy side
            float value = e.hitValue[h];
            int stance = (e.hitFlags[h] & RuleEvidence.LOOSELY_NEGATED) != 0 ? 0 : (int) Math.signum(value * sign);
            collector.hit(e.hitStart[h], e.hitEnd[h], value == 0f && e.hitWord[h], stance);
        }
        float ruleScale = (Math.abs(dense[1]) + Math.abs(dense[2])) / 2f;
        for (int h = 0; h < e.hits; h++) {
            collector.offerHit(e.hitStart[h], e.hitEnd[h], sign * e.hitValue[h] * ruleScale);
        }
        collector.offerNgrams(f, sign);
        return collector.render(tokens, sarcasmCue);
    }

    private static double round(double x) {
        return Math.round(x * 1000.0) / 1000.0;
    }

    private static final class Scratch {
        final Features features = new Features();
        final CueCollector cues = new CueCollector();
    }
}
