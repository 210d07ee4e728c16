package org.cascade.ui.run;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs simulations off the request threads. Each page owns its {@link RunHandle}s; the service only supplies
 * threads (one pool for the whole server, a thread per active run while it steps).
 */
@Service
public class SimulationService {
    private static final Logger LOG = LoggerFactory.getLogger(SimulationService.class);
    /** Snapshots go to the page at most every 250 ms (and at the end, and after a single step). */
    static final long PUBLISH_INTERVAL_NANOS = 250_000_000L;
    private final ExecutorService executor;
    private final AtomicInteger active = new AtomicInteger();

    public SimulationService() {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "cascade-run-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newCachedThreadPool(tf);
    }

    /** Starts a run; with {@code paused} it waits for {@link RunHandle#stepOnce()} or {@link RunHandle#resume()}. */
    public RunHandle submit(RunRequest request, RunListener listener, boolean paused) {
        RunHandle h = new RunHandle(request, listener, paused);
        h.future = executor.submit(() -> {
            active.incrementAndGet();
            try {
                h.loop();
            } finally {
                active.decrementAndGet();
            }
        });
        return h;
    }

    public int activeRuns() {
        return active.get();
    }

    /** Stops every run's thread; Spring calls it when the server stops. */
    @PreDestroy
    public void shutdown() {
        executor.shutdownNow();
    }

    /** A sentence for people, never a stack trace. */
    static String describe(Throwable e) {
        LOG.warn("run failed", e);
        if (e instanceof UnsupportedOperationException) {
            return "The model is not available in this build yet (" + e.getMessage() + ").";
        }
        String m = e.getMessage();
        return "The run stopped: " + (m == null ? e.getClass().getSimpleName() : m);
    }
}
