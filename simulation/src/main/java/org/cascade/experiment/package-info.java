/**
 * Experiments: ensembles, paired comparisons, sweeps and sensitivity designs over the model, run on all cores or in
 * shards, with results that are byte-identical however they were split.
 *
 * <h2>API (for the CLI, a web service and a cluster adapter)</h2>
 * <pre>
 * ExperimentSpec spec = ExperimentLoader.load(path);            // or parse(name, yamlText, dirForScenarioFiles)
 * RunPlan plan = RunPlan.of(spec);                              // refuses above spec.runLimit(); deterministic
 * AtomicBoolean cancel = new AtomicBoolean();                   // set it from any thread to stop between runs
 * ExperimentResult r = new ExperimentEngine(plan, threads)
 *     .run((done, total) -&gt; ..., cancel);                       // throws ExperimentCancelledException when cancelled
 * r.stats(arm, point).mean(step, outcome) / .quantile(0..2, step, outcome) / .sd(...) / .n()   // charts
 * r.differences()                                               // the compare table: ExperimentResult.Row + PairedStats
 * r.horizonSummary(arm, point, outcome, h), r.pointMeans(outcome, h)   // sweeps, sensitivity estimators
 * r.writeCsv(w); r.writeHorizonsCsv(w); r.writeDifferencesCsv(w); r.writeReport(w, cmd); r.writeProvenance(w, cmd);
 * ExperimentFiles.writeResult(r, dir, cmd);                     // every file as one atomic set with a manifest
 * </pre>
 * Errors in a file or request are {@link org.cascade.experiment.ExperimentException}s,
 * {@code file:line: field: problem}.
 *
 * <h2>Determinism and sharding</h2>
 * A {@link org.cascade.experiment.RunPlan} lists arm x design point x replicate; replicate r of every arm and point
 * has the same seed and parameter draws (common random numbers). Runs are grouped into chunks of
 * {@value org.cascade.experiment.RunPlan#CHUNK_SIZE} replicates; each chunk reduces to a
 * {@link org.cascade.experiment.ChunkResult} (serialisable), and an {@link org.cascade.experiment.Aggregator} merges
 * chunk results strictly in chunk index order. {@link org.cascade.experiment.ExperimentEngine#runChunks} runs any
 * subset of chunks (a shard, or a cluster task) and {@link org.cascade.experiment.ExperimentEngine#merge} or
 * {@link org.cascade.experiment.ExperimentFiles#merge} combines them: one machine, shards merged and a cluster give
 * the same CSV bytes. A cluster adapter runs {@code runChunks} per task, ships {@code ChunkResult.toBytes()} back,
 * feeds {@code ChunkResult.fromBytes} to an {@code Aggregator} in chunk order and calls
 * {@code ExperimentResult.of(plan, aggregator, run)}.
 *
 * <h2>Sensitivity hook</h2>
 * A sensitivity plan takes its points from a {@link org.cascade.experiment.UnitDesign.Factory}
 * ({@code RunPlan.of(spec, factory)}); {@link org.cascade.experiment.DefaultDesigns} lays out Morris trajectories and
 * the Saltelli A/B/AB matrices until the designs of {@code org.cascade.experiment.sensitivity} are wired in; the
 * estimators read {@link org.cascade.experiment.ExperimentResult#pointMeans} in the design's point order.
 */
package org.cascade.experiment;
