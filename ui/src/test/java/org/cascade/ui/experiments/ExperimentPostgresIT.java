package org.cascade.ui.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The experiment store on PostgreSQL, with the same migrations as H2. `./cascade test` (and so CI) installs
 * Debian's PostgreSQL, starts it on loopback and passes its address in CASCADE_PG_URL (with _USER and _PASSWORD);
 * without it this test fails and says how to provide one, rather than skipping.
 */
class ExperimentPostgresIT {
    @Test
    void roundTripOnPostgres() {
        String url = System.getenv("CASCADE_PG_URL");
        assertThat(url).as("CASCADE_PG_URL is not set: run the tests with ./cascade test, which starts a local "
            + "PostgreSQL, or point CASCADE_PG_URL, CASCADE_PG_USER and CASCADE_PG_PASSWORD at a scratch database").isNotBlank();
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(System.getenv().getOrDefault("CASCADE_PG_USER", "cascade"));
        ds.setPassword(System.getenv().getOrDefault("CASCADE_PG_PASSWORD", "cascade"));
        RepositoryContract.roundTrip(RepositoryContract.migrated(ds));
    }
}
