package org.cascade.ui.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The experiment store on H2, the embedded default (the PostgreSQL run is {@code ExperimentPostgresIT}). */
class ExperimentRepositoryTest {
    @Test
    void roundTripOnH2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:repo-test;DB_CLOSE_DELAY=-1");
        RepositoryContract.roundTrip(RepositoryContract.migrated(ds));
    }

    @Test
    void onlyFinishedStatusesFinish() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:repo-test-2;DB_CLOSE_DELAY=-1");
        ExperimentRepository repo = RepositoryContract.migrated(ds);
        assertThatThrownBy(() -> repo.finished("x", ExperimentStatus.RUNNING, Instant.now(), 0, null, null, null))
            .hasMessageContaining("RUNNING");
        assertThat(ExperimentStatus.INTERRUPTED.finished()).isTrue();
    }
}
