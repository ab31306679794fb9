/**
 * Demand history, the forecasting engine and inventory planning. The pure-Java engine
 * lives in {@code engine}; the Spring service around it is built by the forecasting
 * issue.
 */
package io.sentia.forecasting;
