package io.communitypulse.pipeline.activity;

import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/**
 * Turns a window's counts into its row, stamped with the minute. A late event fires the window
 * again with fuller counts and a larger {@code eventsCounted}, which replaces the earlier row.
 */
public final class MinuteRowFunction extends ProcessWindowFunction<ActivityCounts, GroupActivityMinute, String, TimeWindow> {

    private static final long serialVersionUID = 1L;

    @Override
    public void process(String groupKey, Context context, Iterable<ActivityCounts> results,
                        Collector<GroupActivityMinute> out) {
        ActivityCounts counts = results.iterator().next();
        int separator = groupKey.indexOf('|');
        out.collect(new GroupActivityMinute(groupKey.substring(0, separator), groupKey.substring(separator + 1),
                context.window().getStart(), counts.memberMessages, counts.staffMessages, counts.botMessages,
                counts.speakers.size(), counts.negativeMessages, counts.positiveMessages, counts.joins,
                counts.leaves, counts.removals, counts.eventsCounted()));
    }
}
