package io.sentia.analytics.cash.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.sentia.analytics.cash.CashFlow;

/**
 * A one-off cash line a scenario adds, e.g. a loan drawdown or an equipment purchase.
 *
 * @param label what people call it, at most 100 characters; its own line in the outlook
 * @param date the day the money moves, within the outlook's 13 weeks
 * @param amount how much, positive, at most two decimal places
 * @param direction whether cash comes in or goes out
 */
public record ExtraCashLine(String label, LocalDate date, BigDecimal amount, CashFlow direction) {

}
