-- Exchange rates per tenant: 1 base = rate quote on rate_date. One rate per day and pair;
-- a manual rate is never replaced by a feed's (see FxRateRepository).
CREATE TABLE fx_rate (
    tenant_id      text           NOT NULL,
    base_currency  char(3)        NOT NULL,
    quote_currency char(3)        NOT NULL,
    rate_date      date           NOT NULL,
    rate           numeric(30,12) NOT NULL CHECK (rate > 0),
    source         text           NOT NULL CHECK (source IN ('ecb', 'manual', 'demo')),
    updated_at     timestamptz    NOT NULL,
    PRIMARY KEY (tenant_id, base_currency, quote_currency, rate_date),
    CHECK (base_currency <> quote_currency)
);
