-- Spreadsheet uploads (by a user or as a mail attachment) and what became of their rows.
-- The row is written in the same transaction as the upload's events and quarantine rows,
-- so an upload either is here with everything it imported, or nothing of it is anywhere.
CREATE TABLE uploads (
    id          uuid        PRIMARY KEY,
    tenant_id   text        NOT NULL,
    kind        text        NOT NULL,
    file_name   text        NOT NULL,
    format      text,                        -- csv | xlsx; null when the file was not readable
    source      text        NOT NULL,        -- upload | mail
    source_ref  text,                        -- mail: connection id / message id / attachment id
    status      text        NOT NULL,        -- imported | imported_with_rejections | rejected
    error       text,                        -- why a rejected file imported nothing
    total_rows  integer     NOT NULL DEFAULT 0 CHECK (total_rows >= 0),
    imported    integer     NOT NULL DEFAULT 0 CHECK (imported >= 0),
    quarantined integer     NOT NULL DEFAULT 0 CHECK (quarantined >= 0),
    report      jsonb       NOT NULL DEFAULT '[]',
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (imported + quarantined = total_rows)
);

CREATE INDEX uploads_by_tenant ON uploads (tenant_id, created_at DESC);

-- A mail attachment is imported once, however often its message is read.
CREATE UNIQUE INDEX uploads_once_per_source_ref ON uploads (tenant_id, source, source_ref)
    WHERE source_ref IS NOT NULL;
