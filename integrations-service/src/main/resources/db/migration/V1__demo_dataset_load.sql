-- Progress of loading a generated demo dataset into the outbox. One row per tenant and
-- dataset; events_published advances in the same transaction as the batch it counts, so a
-- restart resumes after the last committed batch and never publishes an event twice.
CREATE TABLE demo_dataset_load (
    tenant_id        text        NOT NULL,
    dataset_id       text        NOT NULL, -- generator version / seed / first day / last day
    events_total     integer     NOT NULL CHECK (events_total >= 0),
    events_published integer     NOT NULL DEFAULT 0,
    batch_size       integer     NOT NULL CHECK (batch_size > 0),
    started_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    finished_at      timestamptz,
    PRIMARY KEY (tenant_id, dataset_id),
    CHECK (events_published BETWEEN 0 AND events_total)
);
