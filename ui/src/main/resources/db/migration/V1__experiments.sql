-- Saved experiments (issue 8). One migration set for H2 (the embedded default) and PostgreSQL: only types and
-- syntax both accept. Bulky per-step results live in files under the data directory; a record points to them.
CREATE TABLE experiment (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    name         VARCHAR(200)  NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    spec         TEXT          NOT NULL,
    provenance   TEXT,
    session_id   VARCHAR(100),
    created_at   TIMESTAMP     NOT NULL,
    started_at   TIMESTAMP,
    finished_at  TIMESTAMP,
    runs_total   BIGINT        NOT NULL,
    runs_done    BIGINT        NOT NULL DEFAULT 0,
    result_dir   VARCHAR(1000),
    message      TEXT
);

CREATE INDEX experiment_created ON experiment (created_at);
CREATE INDEX experiment_status ON experiment (status);
