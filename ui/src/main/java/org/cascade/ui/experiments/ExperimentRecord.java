package org.cascade.ui.experiments;

import java.time.Instant;
import java.util.Objects;

/**
 * One saved experiment: its description (the same YAML the command line takes), its provenance once it ran, who
 * started it in which session, and where its result files are. Immutable: the repository writes changes.
 */
public record ExperimentRecord(String id, String name, String kind, ExperimentStatus status, String spec,
    String provenance, String sessionId, Instant createdAt, Instant startedAt, Instant finishedAt, long runsTotal,
    long runsDone, String resultDir, String message) {

    public ExperimentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static ExperimentRecord queued(String id, String name, String kind, String spec, String sessionId,
        long runsTotal, Instant now) {
        return new ExperimentRecord(id, name, kind, ExperimentStatus.QUEUED, spec, null, sessionId, now, null, null,
            runsTotal, 0, null, null);
    }
}
