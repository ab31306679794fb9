/**
 * How each customer (or supplier) actually pays, from payment history: over every payment
 * allocated to an invoice, amount-weighted,
 * <ul>
 * <li>average days to pay = Σ amount × (payment date − issue date) ÷ Σ amount;</li>
 * <li>average days late = Σ amount × (payment date − due date) ÷ Σ amount, negative when
 * they pay early; an invoice without a due date is due on its issue date.</li>
 * </ul>
 * The cash outlook shifts an open invoice's due date by the customer's average days late,
 * rounded half-even to whole days.
 */
package io.sentia.analytics.workingcapital.payments;
