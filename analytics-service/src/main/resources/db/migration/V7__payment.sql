-- Payments as recorded, keyed by themselves and only pointing at their invoice: a payment
-- that arrives before its invoice is stored as it is and joins the invoice at read time
-- once that arrives. No foreign key on purpose.
CREATE TABLE payment (
    tenant_id       text          NOT NULL,
    source          text          NOT NULL,
    payment_id      text          NOT NULL,
    direction       text          NOT NULL, -- in | out
    invoice_id      text,                   -- null for an unallocated payment
    invoice_number  text,
    contact_id      text,
    contact_name    text,
    paid_on         date          NOT NULL,
    amount          numeric(19,4) NOT NULL, -- never negative; direction gives the sign
    currency        char(3)       NOT NULL,
    bank_account_id text,
    reference       text,
    status          text          NOT NULL, -- authorised | deleted
    reconciled      boolean       NOT NULL,
    updated_at      timestamptz   NOT NULL,
    PRIMARY KEY (tenant_id, source, payment_id)
);

CREATE INDEX payment_invoice_idx ON payment (tenant_id, source, invoice_id);
