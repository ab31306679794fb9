/**
 * What-if scenarios on the cash outlook: a
 * {@link io.sentia.analytics.cash.scenario.Scenario} is validated against the base input
 * (field-named errors, service-kit's shape), applied as a pure transformation of a copy
 * of that input (stored data is never touched), and its outlook compared week by week
 * with the base case.
 */
package io.sentia.analytics.cash.scenario;
