package org.cascade.ui.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The same round trip on every database the app supports: H2 (default) and PostgreSQL (by configuration). */
final class RepositoryContract {
    private RepositoryContract() {
    }

    static ExperimentRepository migrated(DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return new ExperimentRepository(JdbcClient.create(ds));
    }

    static void roundTrip(ExperimentRepository repo) {
        Instant t0 = Instant.parse("2026-11-30T10:00:00Z");
        String spec = "kind: compare\nname: \"tariff \u00bd\"\narms:\n  - name: A\n" + "x".repeat(20_000) + "\n";
        ExperimentRecord a = ExperimentRecord.queued(UUID.randomUUID().toString(), "Corridor tariff halved", "compare",
            spec, "session-1", 1000, t0);
        ExperimentRecord b = ExperimentRecord.queued(UUID.randomUUID().toString(), "Sweep of elasticity", "sweep",
            "kind: sweep", "session-2", 400, t0.plusSeconds(60));
        repo.insert(a);
        repo.insert(b);
        assertThat(repo.find(a.id())).contains(a);

        repo.started(a.id(), t0.plusSeconds(1));
        repo.progress(a.id(), 500);
        assertThat(repo.find(a.id()).orElseThrow().status()).isEqualTo(ExperimentStatus.RUNNING);
        assertThat(repo.find(a.id()).orElseThrow().runsDone()).isEqualTo(500);
        repo.finished(a.id(), ExperimentStatus.DONE, t0.plusSeconds(9), 1000, "{\"engine\":\"in-process\"}", "data/x", null);
        ExperimentRecord done = repo.find(a.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(ExperimentStatus.DONE);
        assertThat(done.finishedAt()).isEqualTo(t0.plusSeconds(9));
        assertThat(done.provenance()).isEqualTo("{\"engine\":\"in-process\"}");
        assertThat(done.spec()).isEqualTo(spec);

        assertThat(repo.list("", null)).extracting(ExperimentRecord::id).containsExactly(b.id(), a.id());
        assertThat(repo.list("TARIFF", null)).extracting(ExperimentRecord::id).containsExactly(a.id());
        assertThat(repo.list("", ExperimentStatus.QUEUED)).extracting(ExperimentRecord::id).containsExactly(b.id());

        // A kill while b was queued: at the next start it is interrupted, a finished one is left alone.
        assertThat(repo.markInterrupted(t0.plus(1, ChronoUnit.HOURS))).isEqualTo(1);
        assertThat(repo.find(b.id()).orElseThrow().status()).isEqualTo(ExperimentStatus.INTERRUPTED);
        assertThat(repo.find(a.id()).orElseThrow().status()).isEqualTo(ExperimentStatus.DONE);

        assertThat(repo.delete(b.id())).isTrue();
        assertThat(repo.delete(b.id())).isFalse();
        assertThat(repo.find(b.id())).isEmpty();
    }
}
