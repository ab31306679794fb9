/**
 * Inventory read model: the newest stock level of every SKU at every location (Amazon FBA
 * included) from {@code inventory.levels.v1}.
 */
package io.sentia.analytics.inventory;
