package org.cascade.ui.run;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import org.cascade.region.StateCode;
import org.cascade.results.InspectedVariable;
import org.cascade.results.LoggedEvent;
import org.cascade.results.RunResult;
import org.cascade.run.ModelRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run owned by one page. The run's thread steps the model; the page asks it to pause, resume, step once or
 * stop. All access to the {@link ModelRun} goes through {@link #lock}, because ModelRun is not thread-safe. A run
 * with human levers has a {@link SeatDesk}: when one is due, the model's step waits on the lock (freeing it) for the
 * page's {@link #answer}, its deadline, {@link #releaseSeat} or {@link #cancel}.
 */
public final class RunHandle {
    private static final Logger LOG = LoggerFactory.getLogger(RunHandle.class);
    private final Object lock = new Object();
    private final RunListener listener;
    private final RunRequest request;
    private ModelRun run;
    private volatile boolean paused;
    private volatile boolean cancelled;
    private volatile int speed;
    private int pendingSteps;
    private volatile RunResult latest;
    private final SeatDesk desk;
    Future<?> future;

    RunHandle(RunRequest request, RunListener listener, boolean startPaused) {
        this.request = request;
        this.listener = listener;
        this.paused = startPaused;
        this.speed = request.speed();
        this.desk = request.humanStates().isEmpty() ? null
            : new SeatDesk(lock, listener, request.decisionDeadline(), () -> cancelled);
    }

    public RunRequest request() {
        return request;
    }

    public boolean paused() {
        return paused;
    }

    public boolean cancelled() {
        return cancelled;
    }

    public void pause() {
        synchronized (lock) {
            paused = true;
            lock.notifyAll();
        }
    }

    public void resume() {
        synchronized (lock) {
            paused = false;
            lock.notifyAll();
        }
    }

    /** Processes one more month, then stays paused. */
    public void stepOnce() {
        synchronized (lock) {
            paused = true;
            pendingSteps++;
            lock.notifyAll();
        }
    }

    public void cancel() {
        synchronized (lock) {
            cancelled = true;
            lock.notifyAll();
        }
        Future<?> f = future;
        if (f != null) {
            f.cancel(true);
        }
    }

    /** Months per second, 0 for full speed. */
    public void speed(int monthsPerSecond) {
        synchronized (lock) {
            this.speed = monthsPerSecond;
            lock.notifyAll();
        }
    }

    public RunResult latest() {
        return latest;
    }

    public boolean finished() {
        ModelRun r = run;
        return r != null && r.done();
    }

    /**
     * The person's answer to a waiting decision: the option's index. False when that decision no longer waits (it
     * timed out, or the run moved on) or the option is not allowed.
     */
    public boolean answer(SeatDecision decision, int option) {
        return desk != null && desk.answer(decision, option);
    }

    /** Nobody is at the page: a waiting decision goes to the default rule now (the run then goes on). */
    public void releaseSeat() {
        if (desk != null) {
            desk.release();
        }
    }

    /** The decision waiting for the person now, if any. */
    public Optional<SeatDecision> waitingDecision() {
        return desk == null ? Optional.empty() : desk.waiting();
    }

    /** Who decided each human lever so far (event-log lines of kind "seat"); empty without human levers. */
    public List<LoggedEvent> seatLog() {
        return desk == null ? List.of() : desk.log();
    }

    /** Variables and levers of one state now; empty before the run has started. */
    public List<InspectedVariable> inspect(StateCode state) {
        synchronized (lock) {
            return run == null ? List.of() : run.inspect(state);
        }
    }

    /** The run's loop, on the service's executor. */
    void loop() {
        try {
            synchronized (lock) {
                run = ModelRun.start(request.scenario(), request.overrides(), request.seed(), request.years());
                if (desk != null) {
                    for (StateCode s : request.humanStates()) {
                        run.model().seat(s, desk);
                    }
                }
                latest = run.result();
            }
            if (paused || speed > 0) {
                listener.progress(latest, false); // at full speed the first picture would only delay the last
            }
            long lastPublish = System.nanoTime();
            Pace pace = new Pace();
            while (!cancelled) {
                synchronized (lock) {
                    while (!cancelled && paused && pendingSteps == 0) {
                        pace.restart(); // after a pause the months are timed afresh, with no catching up
                        lock.wait();
                    }
                    if (cancelled) {
                        return;
                    }
                    if (pendingSteps > 0) {
                        pendingSteps--;
                    }
                }
                boolean more;
                boolean done;
                synchronized (lock) {
                    more = run.step();
                    done = run.done();
                }
                long now = System.nanoTime();
                boolean single = paused;
                if (done || single || now - lastPublish >= SimulationService.PUBLISH_INTERVAL_NANOS) {
                    synchronized (lock) {
                        latest = run.result();
                    }
                    listener.progress(latest, done);
                    lastPublish = System.nanoTime();
                }
                if (done || !more) {
                    return;
                }
                int sp = speed;
                if (sp > 0 && !paused) {
                    long waitNanos = pace.nextDue(sp) - System.nanoTime();
                    if (waitNanos > 0) {
                        synchronized (lock) {
                            lock.wait(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
                        }
                    }
                } else {
                    pace.restart();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (cancelled) {
                LOG.debug("a cancelled run ended with an error (nobody is listening)", e);
            } else {
                listener.failed(SimulationService.describe(e));
            }
        }
    }

    /**
     * When each month is due at a chosen speed: month n after the clock starts is due at start + n / speed, so the
     * time a month takes to compute and publish comes out of the wait instead of adding to it. A new speed, a pause
     * or full speed restarts the clock.
     */
    private static final class Pace {
        private long start;
        private int speed = -1;
        private long months;

        void restart() {
            speed = -1;
        }

        long nextDue(int monthsPerSecond) {
            if (monthsPerSecond != speed) {
                speed = monthsPerSecond;
                start = System.nanoTime();
                months = 0;
            }
            months++;
            return start + months * 1_000_000_000L / speed;
        }
    }
}
