-- Bank transactions (spend and receive money) as the books record them.
CREATE TABLE bank_transaction (
    tenant_id         text          NOT NULL,
    source            text          NOT NULL,
    transaction_id    text          NOT NULL,
    bank_account_id   text          NOT NULL,
    bank_account_name text          NOT NULL,
    direction         text          NOT NULL, -- in | out
    type              text          NOT NULL,
    contact_id        text,
    contact_name      text,
    transaction_date  date          NOT NULL,
    amount            numeric(19,4) NOT NULL, -- never negative; direction gives the sign
    currency          char(3)       NOT NULL,
    reference         text,
    status            text          NOT NULL, -- authorised | deleted
    reconciled        boolean       NOT NULL,
    updated_at        timestamptz   NOT NULL,
    PRIMARY KEY (tenant_id, source, transaction_id)
);

CREATE INDEX bank_transaction_tenant_date_idx ON bank_transaction (tenant_id, transaction_date);
