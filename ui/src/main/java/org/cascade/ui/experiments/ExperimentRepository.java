package org.cascade.ui.experiments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The saved experiments, in the database Flyway migrates (H2 by default, PostgreSQL by configuration). */
@Repository
public class ExperimentRepository {
    private static final String COLUMNS = "id, name, kind, status, spec, provenance, session_id, created_at, "
        + "started_at, finished_at, runs_total, runs_done, result_dir, message";
    private final JdbcClient jdbc;

    public ExperimentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ExperimentRecord r) {
        jdbc.sql("INSERT INTO experiment (" + COLUMNS + ") VALUES (:id, :name, :kind, :status, :spec, :provenance, "
                + ":session, :created, :started, :finished, :total, :done, :dir, :message)")
            .param("id", r.id()).param("name", r.name()).param("kind", r.kind()).param("status", r.status().name())
            .param("spec", r.spec()).param("provenance", r.provenance()).param("session", r.sessionId())
            .param("created", ts(r.createdAt())).param("started", ts(r.startedAt()))
            .param("finished", ts(r.finishedAt())).param("total", r.runsTotal()).param("done", r.runsDone())
            .param("dir", r.resultDir()).param("message", r.message())
            .update();
    }

    public Optional<ExperimentRecord> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM experiment WHERE id = :id").param("id", id)
            .query(ExperimentRepository::map).optional();
    }

    /** Newest first; {@code text} filters on name, kind or id (case-insensitive), {@code status} when not null. */
    public List<ExperimentRecord> list(String text, ExperimentStatus status) {
        String like = "%" + (text == null ? "" : text.trim().toLowerCase()) + "%";
        String where = "(LOWER(name) LIKE :like OR LOWER(kind) LIKE :like OR LOWER(id) LIKE :like)"
            + (status == null ? "" : " AND status = :status");
        var query = jdbc.sql("SELECT " + COLUMNS + " FROM experiment WHERE " + where + " ORDER BY created_at DESC, id")
            .param("like", like);
        if (status != null) {
            query = query.param("status", status.name());
        }
        return query.query(ExperimentRepository::map).list();
    }

    public void started(String id, Instant at) {
        jdbc.sql("UPDATE experiment SET status = :s, started_at = :at WHERE id = :id")
            .param("s", ExperimentStatus.RUNNING.name()).param("at", ts(at)).param("id", id).update();
    }

    public void progress(String id, long runsDone) {
        jdbc.sql("UPDATE experiment SET runs_done = :done WHERE id = :id").param("done", runsDone).param("id", id).update();
    }

    /** Marks an experiment finished in one statement: status, end time, provenance, result files and message. */
    public void finished(String id, ExperimentStatus status, Instant at, long runsDone, String provenance,
        String resultDir, String message) {
        if (!status.finished()) {
            throw new IllegalArgumentException(status + " is not a finished status");
        }
        jdbc.sql("UPDATE experiment SET status = :s, finished_at = :at, runs_done = :done, provenance = :prov, "
                + "result_dir = :dir, message = :msg WHERE id = :id")
            .param("s", status.name()).param("at", ts(at)).param("done", runsDone).param("prov", provenance)
            .param("dir", resultDir).param("msg", message).param("id", id).update();
    }

    /**
     * At start-up: whatever was queued or running when the app stopped is interrupted, never complete. Returns how
     * many records it marked.
     */
    @Transactional
    public int markInterrupted(Instant at) {
        return jdbc.sql("UPDATE experiment SET status = :i, finished_at = :at, message = :msg WHERE status IN (:q, :r)")
            .param("i", ExperimentStatus.INTERRUPTED.name()).param("at", ts(at))
            .param("msg", "The app stopped before this experiment finished; re-run it to get a complete result.")
            .param("q", ExperimentStatus.QUEUED.name()).param("r", ExperimentStatus.RUNNING.name()).update();
    }

    public boolean delete(String id) {
        return jdbc.sql("DELETE FROM experiment WHERE id = :id").param("id", id).update() > 0;
    }

    private static ExperimentRecord map(ResultSet rs, int row) throws SQLException {
        return new ExperimentRecord(rs.getString("id"), rs.getString("name"), rs.getString("kind"),
            ExperimentStatus.valueOf(rs.getString("status")), rs.getString("spec"), rs.getString("provenance"),
            rs.getString("session_id"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("started_at")),
            instant(rs.getTimestamp("finished_at")), rs.getLong("runs_total"), rs.getLong("runs_done"),
            rs.getString("result_dir"), rs.getString("message"));
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
