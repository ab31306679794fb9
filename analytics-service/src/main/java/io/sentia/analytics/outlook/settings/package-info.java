/**
 * A tenant's cash settings: the minimum cash threshold, supplier payment terms, payout
 * plans per sales channel (with documented defaults for channels without one) and the
 * recurring outflows a MANAGER configures. Read by every user, written by a MANAGER.
 */
package io.sentia.analytics.outlook.settings;
