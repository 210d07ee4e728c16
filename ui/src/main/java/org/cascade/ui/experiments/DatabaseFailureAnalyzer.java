package org.cascade.ui.experiments;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a database that cannot be opened at start-up (locked by another running copy of the app, corrupt, or not
 * reachable) into a clear message instead of a stack trace, and never into an empty new database: the app stops.
 */
public class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {
    /** H2's error codes: database in use (file lock), file corrupted, wrong file format. */
    private static final int H2_LOCKED = 90020;
    private static final int H2_CORRUPT = 90030;
    private static final int H2_FORMAT = 90048;

    @Override
    protected FailureAnalysis analyze(Throwable root, SQLException cause) {
        String where = System.getProperty("cascade.data-dir", System.getenv().getOrDefault("CASCADE_DATA", System.getProperty("user.dir") + "/data"));
        return switch (cause.getErrorCode()) {
            case H2_LOCKED -> new FailureAnalysis(
                "The experiment database in '" + where + "' is locked: another CASCADE is running on it (" + cause.getMessage() + ").",
                "Stop the other copy, or start this one on another data directory: CASCADE_DATA=/path/to/other-dir ./cascade start", cause);
            case H2_CORRUPT, H2_FORMAT -> new FailureAnalysis(
                "The experiment database in '" + where + "' cannot be read: the file is corrupt or from another version ("
                    + cause.getMessage() + "). Nothing was changed or deleted.",
                "Move the file cascade.mv.db aside (keep it: it holds your saved experiments) and start again with an empty "
                    + "database, or start on another data directory: CASCADE_DATA=/path/to/other-dir ./cascade start", cause);
            default -> new FailureAnalysis(
                "The experiment database could not be opened: " + cause.getMessage(),
                "Check spring.datasource.url, its user and password (SPRING_DATASOURCE_URL, _USERNAME, _PASSWORD), and that "
                    + "the database server is running; the default needs nothing (an H2 file under " + where + ").", cause);
        };
    }
}
