/**
 * The route table: which path goes to which service, with the per-route timeout, circuit
 * breaker and retry policy, and the problem answer given when a service cannot be
 * reached.
 */
package io.sentia.gateway.routing;
