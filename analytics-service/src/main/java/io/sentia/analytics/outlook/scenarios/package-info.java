/**
 * What-if scenarios on the cash outlook: evaluated side by side with the base case
 * without touching stored data, and saved by name per tenant (a MANAGER creates, renames
 * and deletes; every user reads).
 */
package io.sentia.analytics.outlook.scenarios;
