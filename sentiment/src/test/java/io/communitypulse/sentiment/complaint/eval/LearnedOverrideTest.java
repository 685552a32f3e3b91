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

    @Test
    void raisesOnlyTheRaisableKindsAtTheThreshold() {
        assertThat(OVERRIDE.evidence(ComplaintKind.CHATTER, 0.6, true)).isTrue();
        assertThat(OVERRIDE.raises(ComplaintKind.CHATTER, 0.6, true)).isTrue();
        assertThat(OVERRIDE.evidence(ComplaintKind.CHATTER, 0.59, true)).isFalse();
        assertThat(OVERRIDE.evidence(ComplaintKind.QUESTION, 0.99, true)).isFalse();
        assertThat(OVERRIDE.evidence(ComplaintKind.STAFF, 0.99, true)).isFalse();
        assertThat(OVERRIDE.evidence(ComplaintKind.CHATTER, 0.99, false)).isFalse();
    }

    @Test
    void lowersOnlyOpinionsAndSymptoms() {
        assertThat(OVERRIDE.evidence(ComplaintKind.COMPLAINT_SYMPTOM, 0.2, true)).isFalse();
        assertThat(OVERRIDE.lowers(ComplaintKind.COMPLAINT_SYMPTOM, 0.2)).isTrue();
        assertThat(OVERRIDE.evidence(ComplaintKind.COMPLAINT_OPINION, 0.21, true)).isTrue();
        assertThat(OVERRIDE.evidence(ComplaintKind.AGREEMENT, 0.0, true)).isTrue();
        assertThat(OVERRIDE.evidence(ComplaintKind.COMPLAINT_ESCALATION, 0.0, true)).isTrue();
        assertThat(OVERRIDE.lowers(ComplaintKind.CHATTER, 0.0)).isFalse();
    }

    @Test
    void staffAndEvidenceKindsCannotBeRaisable() {
        assertThatThrownBy(() -> new LearnedOverride(0.5, 0.1, Set.of(ComplaintKind.STAFF))).hasMessageContaining("only member kinds");
        assertThatThrownBy(() -> new LearnedOverride(0.5, 0.1, Set.of(ComplaintKind.AGREEMENT))).hasMessageContaining("only member kinds");
    }
}
