package org.cascade.ui.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import org.cascade.ui.CascadeUiApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The app's own context migrates its database at start-up (with Boot 4 that needs the Flyway starter: flyway-core
 * alone silently skips the migrations, and this test would then fail on a missing table).
 */
@SpringBootTest(classes = CascadeUiApplication.class)
class FlywayStarterTest {
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ExperimentRepository repository;

    @Test
    void theSchemaIsThereAtStartUp() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM experiment").query(Long.class).single()).isNotNull();
        assertThat(jdbc.sql("SELECT MAX(\"version\") FROM \"flyway_schema_history\"").query(String.class).single()).isEqualTo("1");
        assertThat(repository.list("", null)).isNotNull();
    }
}
