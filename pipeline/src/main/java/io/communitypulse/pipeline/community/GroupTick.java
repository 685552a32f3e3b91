package io.communitypulse.pipeline.community;

/**
 * The job's event time reaching a group: {@link GroupTicks} sends one to every group of a brand each
 * hour the watermark passes, so that a group whose members say nothing still learns that time goes
 * on (the dormant clock) and closes its days. A Flink POJO.
 */
public final class GroupTick {

    public String brandId;
    public String groupId;
    public long atMillis;

    public GroupTick() {}

    public GroupTick(String brandId, String groupId, long atMillis) {
        this.brandId = brandId;
        this.groupId = groupId;
        this.atMillis = atMillis;
    }
}
