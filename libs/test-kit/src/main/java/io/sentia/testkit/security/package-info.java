/**
 * Security for service tests: {@code TestTokens} (a test issuer with its JWK set on a
 * loopback port, good tokens and attack tokens) and {@code EndpointSecurityMatrix} (every
 * {@code /api/**} endpoint against every kind of caller).
 */
package io.sentia.testkit.security;
