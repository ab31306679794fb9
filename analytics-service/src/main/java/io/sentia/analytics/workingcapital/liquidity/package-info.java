/**
 * Current and quick ratios at a date, from the balance items Sentia can see:
 * <ul>
 * <li>cash = opening balance + Σ money in − Σ money out over the bank transactions dated
 * on or before the date;</li>
 * <li>current assets = cash + receivables (open {@code ACCREC}) + inventory at cost;</li>
 * <li>current liabilities = payables (open {@code ACCPAY}); open purchase orders are
 * commitments, not liabilities, until the goods arrive and the bill is booked, so they
 * are listed as a memo item and are in neither ratio;</li>
 * <li>current ratio = current assets ÷ current liabilities;</li>
 * <li>quick ratio = (cash + receivables) ÷ current liabilities.</li>
 * </ul>
 * A ratio whose item is missing is "not available" naming the item; payables of zero or
 * less leave both ratios unavailable. Ratios have two decimals.
 */
package io.sentia.analytics.workingcapital.liquidity;
