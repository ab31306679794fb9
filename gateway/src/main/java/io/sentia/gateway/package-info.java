/**
 * Sentia's only public door: routes {@code /api/<service>/**} and {@code /webhooks/**} to
 * the services found in Eureka, and answers the operations endpoints runbooks use.
 */
package io.sentia.gateway;
