package io.sentia.integrations.demo;

/**
 * A supplier of the demo brand, with the terms a planner works with.
 *
 * @param code supplier code as the inventory system keys it
 * @param name trading name
 * @param currency currency the supplier invoices in
 * @param leadTimeDays days from placing a purchase order to receipt at a UK warehouse
 * @param paymentTermsDays days from bill to due date
 */
record DemoSupplier(String code, String name, String currency, int leadTimeDays, int paymentTermsDays) {
}
