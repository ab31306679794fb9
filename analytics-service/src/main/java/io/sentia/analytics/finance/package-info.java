/**
 * Finance read models from the books: invoices and bills ({@code finance.invoices.v1}),
 * payments ({@code finance.payments.v1}) and bank transactions
 * ({@code finance.bank-transactions.v1}). Each is stored as received, whatever arrived
 * before it; payments meet their invoices at read time.
 */
package io.sentia.analytics.finance;
