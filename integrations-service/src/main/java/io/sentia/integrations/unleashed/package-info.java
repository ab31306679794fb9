/**
 * Unleashed inventory connector: HMAC-signed requests, page-in-path paging, products
 * mapped to catalogue events.
 */
package io.sentia.integrations.unleashed;
