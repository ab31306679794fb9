/**
 * Rate limits: token buckets in Redis (Spring Cloud Gateway's {@code RedisRateLimiter}),
 * one bucket per tier and caller (tenant + user or client) or client address, answered
 * with {@code X-RateLimit-*} headers and a 429 problem with {@code Retry-After}. When
 * Redis does not answer in time the limits fail open.
 */
package io.sentia.gateway.security.ratelimit;
