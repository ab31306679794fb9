package io.sentia.integrations.demo;

/**
 * A trade (wholesale) customer invoiced through Xero, with how it really pays.
 *
 * @param code customer code in the inventory system
 * @param name contact name
 * @param paymentTermsDays days from invoice to due date
 * @param minDaysLate fewest days after the due date it pays (negative: early)
 * @param maxDaysLate most days after the due date it pays
 * @param share relative share of trade orders
 */
record TradeCustomer(String code, String name, int paymentTermsDays, int minDaysLate, int maxDaysLate, double share) {
}
