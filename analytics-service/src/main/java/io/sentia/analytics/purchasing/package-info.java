/**
 * Purchase orders read model: the newest state of every order placed with a supplier,
 * with its lines, from {@code purchasing.orders.v1}.
 */
package io.sentia.analytics.purchasing;
