/**
 * Unleashed inventory connector: HMAC-signed requests, page-in-path paging; products,
 * stock on hand per warehouse, sales orders (deleted included) and purchase orders mapped
 * to canonical events.
 */
package io.sentia.integrations.unleashed;
