/**
 * Shopify: the connector (orders with refunds and cancellations, variants, inventory
 * levels over the GraphQL Admin API), its cost-based rate policy, and the signed webhooks
 * in.
 */
package io.sentia.integrations.shopify;
