/**
 * The operations endpoints runbooks use ({@code /health}, {@code /health/ready},
 * {@code /health/detailed}, {@code /metrics}) and the rule that turns probes into UP,
 * DEGRADED or DOWN.
 * <p>
 * The rule: <b>critical</b> are the service registry, PostgreSQL ({@code db}) and Kafka
 * ({@code kafka}); without any of them the product does not work, so one of them DOWN
 * makes the platform DOWN (HTTP 503). Each <b>domain service is non-critical</b>: when
 * one is down its routes answer 503 problems while the rest of the product keeps working,
 * so the platform is DEGRADED (HTTP 200). PostgreSQL and Kafka are judged from the health
 * components the services report: DOWN when every reporting service sees them down,
 * DEGRADED when only some do, UNKNOWN (hence DEGRADED) when no service could report. The
 * gateway's own <b>Redis</b> ({@code redis}, pinged directly) is non-critical too:
 * without it rate limits fail open and browser sessions answer 503, partners keep
 * working. Anything else not UP also makes the platform DEGRADED.
 */
package io.sentia.gateway.operations;
