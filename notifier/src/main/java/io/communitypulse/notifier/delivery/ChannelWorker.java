package io.communitypulse.notifier.delivery;

import io.communitypulse.notifier.channel.Channel;
import io.communitypulse.notifier.channel.ChannelFormat;
import io.communitypulse.notifier.channel.Notification;
import io.communitypulse.notifier.channel.Outcome;
import io.communitypulse.notifier.channel.Request;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one channel's notifications, one at a time, in the order they fall due: it waits for the
 * channel's rate limits (queueing, never dropping), retries with backoff while the receiver fails
 * (the channel's other messages wait behind, so one alert's revisions keep their order), and logs
 * every attempt. One thread per channel.
 */
public final class ChannelWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelWorker.class);

    private final Channel channel;
    private final ChannelFormat format;
    private final RateLimit rateLimit;
    private final Backoff backoff;
    private final HttpSender sender;
    private final Consumer<Attempt> log;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final PriorityQueue<Job> queue = new PriorityQueue<>(
            Comparator.comparing((Job job) -> job.notBefore).thenComparingLong(job -> job.sequence));
    private final Map<String, Job> waiting = new HashMap<>();
    private final Thread thread;
    private long sequence;
    private volatile boolean running = true;

    public ChannelWorker(Channel channel, Backoff backoff, HttpSender sender, Consumer<Attempt> log, Clock clock) {
        this.channel = channel;
        this.format = ChannelFormat.of(channel.kind());
        this.rateLimit = new RateLimit(channel.rateLimits());
        this.backoff = backoff;
        this.sender = sender;
        this.log = log;
        this.clock = clock;
        this.thread = new Thread(this::run, "notifier-" + channel.id());
        this.thread.setDaemon(true);
    }

    public ChannelWorker start() {
        thread.start();
        return this;
    }

    public Channel channel() {
        return channel;
    }

    /** Queues a notification due at {@code notBefore}; {@code onDone} runs once it is delivered or has failed for good. */
    public void offer(Notification notification, Instant notBefore, Runnable onDone) {
        lock.lock();
        try {
            Job job = new Job(sequence++, notification, notBefore, onDone);
            Job queued = waiting.get(job.alertKey());
            if (queued != null) {
                queue.remove(queued);
                queued.merge(notification, notBefore, onDone);
                job = queued;
            }
            waiting.put(job.alertKey(), job);
            queue.add(job);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** How many notifications wait (not counting one being delivered). */
    public int waiting() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        try {
            while (running) {
                Job job = next();
                if (job != null) {
                    deliver(job);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next job once it is due and the rate limits allow a send; null when closing. */
    private Job next() throws InterruptedException {
        lock.lock();
        try {
            while (running) {
                Job head = queue.peek();
                if (head == null) {
                    changed.await();
                    continue;
                }
                Instant now = clock.instant();
                Instant due = rateLimit.nextAllowed(head.notBefore.isAfter(now) ? head.notBefore : now);
                long waitMillis = Duration.between(now, due).toMillis();
                if (waitMillis > 0) {
                    changed.await(waitMillis, TimeUnit.MILLISECONDS);
                    continue;
                }
                queue.poll();
                waiting.remove(head.alertKey());
                return head;
            }
            return null;
        } finally {
            lock.unlock();
        }
    }

    private void deliver(Job job) throws InterruptedException {
        Notification notification = job.notification;
        for (int attempt = 1; running; attempt++) {
            awaitRateLimit();
            Instant started = clock.instant();
            rateLimit.recordSend(started);
            Request request = format.request(notification, started);
            long startNanos = System.nanoTime();
            Outcome outcome;
            int status = 0;
            try {
                HttpSender.Answer answer = sender.post(request);
                status = answer.status();
                outcome = format.judge(answer.status(), answer.body());
            } catch (IOException e) {
                outcome = Outcome.retry(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
            long latency = (System.nanoTime() - startNanos) / 1_000_000;
            if (outcome.status() == Outcome.Status.DELIVERED) {
                log.accept(new Attempt(notification, attempt, Attempt.Status.DELIVERED, status, latency, "", started, null));
                job.done();
                return;
            }
            if (outcome.status() == Outcome.Status.REFUSED || attempt >= backoff.maxAttempts()) {
                LOG.warn("delivery {} to {} failed after {} attempt(s): {}", notification.deliveryId(), channel.id(), attempt,
                        outcome.error());
                log.accept(new Attempt(notification, attempt, Attempt.Status.FAILED, status, latency, outcome.error(), started, null));
                job.done();
                return;
            }
            Instant next = clock.instant().plus(backoff.delayAfter(attempt, ThreadLocalRandom.current()::nextDouble));
            log.accept(new Attempt(notification, attempt, Attempt.Status.RETRYING, status, latency, outcome.error(), started, next));
            awaitUntil(next);
        }
    }

    private void awaitRateLimit() throws InterruptedException {
        awaitUntil(rateLimit.nextAllowed(clock.instant()));
    }

    private void awaitUntil(Instant deadline) throws InterruptedException {
        lock.lock();
        try {
            long waitMillis;
            while (running && (waitMillis = Duration.between(clock.instant(), deadline).toMillis()) > 0) {
                changed.await(waitMillis, TimeUnit.MILLISECONDS);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        running = false;
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
