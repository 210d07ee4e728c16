package org.cascade.ui.experiments;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Keeps the database consistent after a crash or a kill: at start-up, experiments left queued or running by the
 * previous process are marked interrupted (never complete), before any new experiment can start.
 */
@Component
public class ExperimentRecovery implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ExperimentRecovery.class);
    private final ExperimentRepository repository;
    private final Clock clock;

    public ExperimentRecovery(ExperimentRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int n = repository.markInterrupted(clock.instant());
        if (n > 0) {
            LOG.warn("{} experiment(s) were queued or running when the app last stopped: marked interrupted", n);
        }
    }
}
