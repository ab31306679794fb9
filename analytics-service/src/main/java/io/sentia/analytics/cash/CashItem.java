package io.sentia.analytics.cash;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One movement behind a line: an invoice, a bill, a payout, a payment.
 *
 * @param reference what it is, e.g. the invoice id or
 * {@code settlement 2026-12-07..2026-12-20}
 * @param date the day the money moves (an overdue item moves on the first day)
 * @param amount signed, in cents: positive in, negative out
 * @param fxEstimated whether its conversion used an estimated rate
 */
public record CashItem(String reference, LocalDate date, BigDecimal amount, boolean fxEstimated) {

}
