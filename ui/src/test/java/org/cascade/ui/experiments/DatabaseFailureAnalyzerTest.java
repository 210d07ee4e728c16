package org.cascade.ui.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DatabaseFailureAnalyzerTest {
    @Test
    void aCorruptFileIsNamedAndKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cascade.mv.db");
        byte[] garbage = new byte[64 * 1024];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 31 + 7);
        }
        Files.write(file, garbage);
        SQLException e = catchThrowableOfType(SQLException.class,
            () -> DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("cascade") + ";IFEXISTS=TRUE", "sa", ""));
        assertThat((Object) e).as("H2 must refuse a corrupt file").isNotNull();
        FailureAnalysis a = new DatabaseFailureAnalyzer().analyze(new IllegalStateException("start-up", e), e);
        assertThat(a.getDescription()).contains("cannot be read").contains("Nothing was changed");
        assertThat(a.getAction()).contains("Move the file cascade.mv.db aside");
        assertThat(Files.readAllBytes(file)).as("the file is left as it was").isEqualTo(garbage);
    }

    @Test
    void aLockedDatabaseSaysAnotherCopyRuns() {
        SQLException locked = new SQLException("Database may be already in use", "90020", 90020);
        FailureAnalysis a = new DatabaseFailureAnalyzer().analyze(locked, locked);
        assertThat(a.getDescription()).contains("locked");
        assertThat(a.getAction()).contains("CASCADE_DATA=");
    }
}
