/**
 * Coherent forecasts for a SKU × channel × region hierarchy: base forecasts at every
 * level reconciled so SKU, region and total forecasts equal the sums of their bottom
 * series.
 */
package io.sentia.forecasting.engine.hierarchy;
