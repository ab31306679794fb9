/**
 * The Eureka server every service and the gateway register with; it holds no state beyond
 * the live leases.
 */
package io.sentia.registry;
