package org.cascade.ui.experiments;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.cascade.experiment.ExperimentCancelledException;
import org.cascade.experiment.ExperimentEngine;
import org.cascade.experiment.ExperimentFiles;
import org.cascade.experiment.ExperimentLoader;
import org.cascade.experiment.ExperimentResult;
import org.cascade.experiment.ExperimentSpec;
import org.cascade.experiment.RunPlan;
import org.cascade.scenario.ScenarioException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The simulation module's in-process experiment engine behind the service: the same files, plan and results as the
 * command line ({@code cascade compare FILE}) for the same description. Experiments run on all cores but one, so
 * that a core stays free for the explorer pages (at least one thread).
 */
@Component
public class EngineAdapter implements ExperimentRunner {
    private final int threads;
    private final long runLimit;

    public EngineAdapter(@Value("${cascade.experiments.threads:0}") int threads,
                         @Value("${cascade.experiments.run-limit:2000000}") long runLimit) {
        this.threads = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        this.runLimit = runLimit;
    }

    /**
     * Plans the experiment under this server's run limit (which its provenance then names); a plan over the limit is
     * still planned, so that the service refuses it with its own message naming both counts.
     */
    @Override
    public Planned plan(String yaml, String source) {
        try {
            ExperimentSpec spec = ExperimentLoader.parse(source, yaml, null);
            spec = spec.withRunLimit(spec.runCount() <= runLimit ? runLimit : Long.MAX_VALUE);
            RunPlan plan = RunPlan.of(spec);
            return new Planned(spec.title(), spec.kind().id(), plan.runs(), plan);
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public String run(Planned planned, Path out, LongConsumer progress, BooleanSupplier cancelled) throws Exception {
        RunPlan plan = (RunPlan) planned.handle();
        AtomicBoolean cancel = new AtomicBoolean();
        ExperimentResult r;
        try {
            r = new ExperimentEngine(plan, threads).run((done, total) -> {
                progress.accept(done);
                if (cancelled.getAsBoolean()) {
                    cancel.set(true);
                }
            }, cancel);
        } catch (ExperimentCancelledException e) {
            throw new CancellationException(e.getMessage());
        }
        String kind = plan.spec().kind().id();
        ExperimentFiles.writeResult(r, out, List.of(kind, "experiment.yaml", "--out", "DIR"));
        Files.writeString(out.resolve("experiment.yaml"), plan.spec().yaml(), StandardCharsets.UTF_8);
        return Files.readString(out.resolve("provenance.json"), StandardCharsets.UTF_8);
    }
}
