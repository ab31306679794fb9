/**
 * Working capital of a tenant from its read models: receivables and payables ageing, DSO,
 * DPO, DIO and the cash conversion cycle with the current and quick ratios, customers'
 * payment behaviour and inventory at cost; the APIs that answer them, converted to the
 * base currency and cached until an event changes them. The figures themselves come from
 * {@code io.sentia.analytics.workingcapital}.
 */
package io.sentia.analytics.capital;
