-- Receivables (ACCREC) and bills (ACCPAY): the newest InvoiceUpserted of every invoice.
CREATE TABLE invoice (
    tenant_id       text          NOT NULL,
    source          text          NOT NULL,
    invoice_id      text          NOT NULL,
    type            text          NOT NULL, -- ACCREC | ACCPAY
    invoice_number  text,
    reference       text,
    contact_id      text          NOT NULL,
    contact_name    text          NOT NULL,
    issue_date      date          NOT NULL,
    due_date        date,
    status          text          NOT NULL, -- draft | submitted | authorised | paid | voided | deleted
    currency        char(3)       NOT NULL,
    sub_total       numeric(19,4) NOT NULL,
    total_tax       numeric(19,4) NOT NULL,
    total           numeric(19,4) NOT NULL,
    amount_paid     numeric(19,4) NOT NULL,
    amount_credited numeric(19,4) NOT NULL,
    amount_due      numeric(19,4) NOT NULL,
    fully_paid_on   date,
    updated_at      timestamptz   NOT NULL,
    PRIMARY KEY (tenant_id, source, invoice_id)
);

CREATE INDEX invoice_tenant_type_idx ON invoice (tenant_id, type, status);
