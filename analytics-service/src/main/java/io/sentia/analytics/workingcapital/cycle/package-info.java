/**
 * Days sales outstanding (DSO), days payables outstanding (DPO), days inventory
 * outstanding (DIO) and the cash conversion cycle over a window of {@code n} days:
 * <ul>
 * <li>average balance = the mean of the window's {@code n} end-of-day balances, each day
 * taking the latest balance dated on or before it;</li>
 * <li>DSO = average receivables ÷ credit sales in the window × n;</li>
 * <li>DPO = average payables ÷ cost of goods sold in the window × n;</li>
 * <li>DIO = average inventory at cost ÷ cost of goods sold in the window × n;</li>
 * <li>CCC = DSO + DIO − DPO, of the figures as rounded (two decimals), so the three shown
 * add up to the fourth exactly.</li>
 * </ul>
 * A denominator that is zero or negative, or a balance history with no balance on or
 * before the window's first day, leaves the figure unavailable with the reason; the CCC
 * is unavailable when any of its three terms is. {@code BalanceHistory} builds end-of-day
 * balances from invoices and payments (up on issue, down on payment).
 */
package io.sentia.analytics.workingcapital.cycle;
