/**
 * Who may talk to the registry: services and the gateway with the registry credential,
 * operators' tooling with the operations credential, probes with nothing.
 */
package io.sentia.registry.security;
