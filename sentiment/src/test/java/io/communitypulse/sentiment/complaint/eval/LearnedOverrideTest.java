package io.communitypulse.sentiment.complaint.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.communitypulse.sentiment.complaint.ComplaintKind;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When the experiment's classifier would overrule the rules. */
class LearnedOverrideTest {
    private static final LearnedOverride OVERRIDE = new LearnedOverride(0.6, 0.2, EnumSet.of(ComplaintKind.CHATTER));

    private static LearnedOverride.Reading read(ComplaintKind rules, double p, boolean mayRaise) {
        return new LearnedOverride.Reading(rules, p, 0.0, false, mayRaise);
    }

    @Test
    void raisesOnlyTheRaisableKindsAtTheThreshold() {
        assertThat(OVERRIDE.evidence(read(ComplaintKind.CHATTER, 0.6, true))).isTrue();
        assertThat(OVERRIDE.raises(read(ComplaintKind.CHATTER, 0.6, true))).isTrue();
        assertThat(OVERRIDE.evidence(read(ComplaintKind.CHATTER, 0.59, true))).isFalse();
        assertThat(OVERRIDE.evidence(read(ComplaintKind.QUESTION, 0.99, true))).isFalse();
        assertThat(OVERRIDE.evidence(read(ComplaintKind.STAFF, 0.99, true))).isFalse();
        assertThat(OVERRIDE.evidence(read(ComplaintKind.CHATTER, 0.99, false))).isFalse();
    }

    @Test
    void lowersOnlyOpinionsAndSymptoms() {
        assertThat(OVERRIDE.evidence(read(ComplaintKind.COMPLAINT_SYMPTOM, 0.2, true))).isFalse();
        assertThat(OVERRIDE.lowers(read(ComplaintKind.COMPLAINT_SYMPTOM, 0.2, true))).isTrue();
        assertThat(OVERRIDE.evidence(read(ComplaintKind.COMPLAINT_OPINION, 0.21, true))).isTrue();
        assertThat(OVERRIDE.evidence(read(ComplaintKind.AGREEMENT, 0.0, true))).isTrue();
        assertThat(OVERRIDE.evidence(read(ComplaintKind.COMPLAINT_ESCALATION, 0.0, true))).isTrue();
        assertThat(OVERRIDE.lowers(read(ComplaintKind.CHATTER, 0.0, true))).isFalse();
    }

    @Test
    void theConservativeVariantRaisesOnlySureNegativeStatementsAndNeverLowers() {
        LearnedOverride b = LearnedOverride.CONSERVATIVE;
        assertThat(b.raises(new LearnedOverride.Reading(ComplaintKind.CHATTER, 0.8, -0.2, false, true))).isTrue();
        assertThat(b.raises(new LearnedOverride.Reading(ComplaintKind.CHATTER, 0.79, -0.9, false, true))).isFalse();
        assertThat(b.raises(new LearnedOverride.Reading(ComplaintKind.CHATTER, 0.99, -0.19, false, true))).isFalse();
        assertThat(b.raises(new LearnedOverride.Reading(ComplaintKind.CHATTER, 0.99, -0.9, true, true))).isFalse();
        assertThat(b.raises(new LearnedOverride.Reading(ComplaintKind.QUESTION, 0.99, -0.9, false, true))).isFalse();
        assertThat(b.raises(new LearnedOverride.Reading(ComplaintKind.CHATTER, 0.99, -0.9, false, false))).isFalse();
        assertThat(b.lowers(new LearnedOverride.Reading(ComplaintKind.COMPLAINT_OPINION, 0.0, 0.9, false, true))).isFalse();
        assertThat(b.toString()).contains("0.8", "-0.2", "not asking", "lower never");
    }

    @Test
    void staffAndEvidenceKindsCannotBeRaisable() {
        assertThatThrownBy(() -> new LearnedOverride(0.5, 0.1, Set.of(ComplaintKind.STAFF))).hasMessageContaining("only member kinds");
        assertThatThrownBy(() -> new LearnedOverride(0.5, 0.1, Set.of(ComplaintKind.AGREEMENT))).hasMessageContaining("only member kinds");
    }
}
