/**
 * RFC 9457 problem+json for every error the gateway itself produces (unknown path,
 * unavailable service, timeout, its own failures); answers from the services pass through
 * untouched.
 */
package io.sentia.gateway.problem;
