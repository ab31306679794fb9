/**
 * Redis as the gateway uses it (browser sessions and rate-limit buckets): short timeouts
 * so an outage is seen in milliseconds, the session cookie, and the 503 problem a browser
 * gets while sessions cannot be read.
 */
package io.sentia.gateway.security.redis;
