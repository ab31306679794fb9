/**
 * Inventory planning: reorder points, safety stock and purchase suggestions per SKU and
 * location, computed from the SKU-level weekly forecast.
 */
package io.sentia.forecasting.planning;
