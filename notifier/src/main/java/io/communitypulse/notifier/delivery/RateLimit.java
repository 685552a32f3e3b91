package io.communitypulse.notifier.delivery;

import io.communitypulse.notifier.channel.ChannelKind.RateWindow;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Sliding-window rate limits of one channel: at most {@code count} sends in any {@code window}, for
 * each window. The caller asks when the next send is allowed and waits until then (messages queue;
 * none is dropped). Not thread-safe: one channel worker owns it.
 */
public final class RateLimit {

    private final List<RateWindow> windows;
    private final Deque<Instant> sent = new ArrayDeque<>();
    private final int keep;

    public RateLimit(List<RateWindow> windows) {
        this.windows = List.copyOf(windows);
        this.keep = windows.stream().mapToInt(RateWindow::count).max().orElse(0);
    }

    /** The earliest moment at or after {@code now} at which one more send stays within every window. */
    public Instant nextAllowed(Instant now) {
        Instant allowed = now;
        for (RateWindow window : windows) {
            if (sent.size() >= window.count()) {
                // the window's count-th most recent send must have left the window
                Instant oldestInWindow = nth(window.count());
                Instant free = oldestInWindow.plus(window.window());
                if (free.isAfter(allowed)) {
                    allowed = free;
                }
            }
        }
        return allowed;
    }

    public void recordSend(Instant at) {
        sent.addLast(at);
        while (sent.size() > keep) {
            sent.removeFirst();
        }
    }

    /** The n-th most recent send (1 = the latest). */
    private Instant nth(int n) {
        var iterator = sent.descendingIterator();
        Instant result = null;
        for (int i = 0; i < n; i++) {
            result = iterator.next();
        }
        return result;
    }
}
