package io.communitypulse.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.EventJson;
import io.communitypulse.events.GroupSnapshot;
import io.communitypulse.events.MembershipChange;
import io.communitypulse.events.PulseEvent;
import io.communitypulse.events.RejectReason;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Breaks a good record the ways real integrations do: cut off mid-line, a field missing, an enum
 * value the contract does not know, or far too big. Each carries the reason the parser must give.
 */
final class Malformer {

    private final SplittableRandom random;
    private long count;

    Malformer(SplittableRandom random) {
        this.random = random;
    }

    TimedRecord.Malformed breakOne(PulseEvent event, Instant emitAt) {
        ObjectNode tree = EventJson.mapper().valueToTree(event);
        tree.put("event_id", String.format("bad-%06d", ++count));
        String brand = event.brandId();
        switch (random.nextInt(4)) {
            case 0: {
                String line = tree.toString();
                // A proper prefix of a JSON object is never valid JSON. It keeps the bad id whole, so that two
                // broken records are never the same line (a replayed line's dead letter is keyed by its hash).
                int keep = line.indexOf("bad-") + "bad-000000".length();
                int cut = keep + random.nextInt(line.length() - keep);
                if (Character.isLowSurrogate(line.charAt(cut))) {
                    cut--; // never split an emoji in half
                }
                return new TimedRecord.Malformed(emitAt, line.substring(0, cut),
                        brand, RejectReason.MALFORMED_JSON);
            }
            case 1:
                tree.remove(event instanceof ChatMessage ? "sent_at" : event instanceof GroupSnapshot ? "taken_at" : "occurred_at");
                return new TimedRecord.Malformed(emitAt, tree.toString(), brand, RejectReason.MISSING_FIELD);
            case 2:
                if (event instanceof ChatMessage) {
                    tree.put("msg_type", "hologram");
                } else if (event instanceof MembershipChange) {
                    tree.put("change", "kicked");
                } else if (event instanceof GroupSnapshot) {
                    ((ObjectNode) tree.withArray("members").get(0)).put("role", "owner");
                } else {
                    tree.put("status", "shipped");
                }
                return new TimedRecord.Malformed(emitAt, tree.toString(), brand, RejectReason.BAD_VALUE);
            default:
                // A paste-flood: more than the 64 KiB a record may have.
                tree.put("attachment", "刷屏".repeat(12_000));
                return new TimedRecord.Malformed(emitAt, tree.toString(), brand, RejectReason.OVERSIZE);
        }
    }
}
