package io.sentia.integrations.connector;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What to read.
 *
 * @param connection the connection
 * @param stream the stream
 * @param from records changed at or after this instant (overlap already applied)
 * @param to records changed before this instant, or {@code null} for "up to now" minus
 * the stream's lag
 * @param token an opaque provider cursor saved by an earlier read (e.g. a Graph delta
 * link), or {@code null}
 */
public record ReadRequest(ConnectionSpec connection, String stream, Instant from, @Nullable Instant to,
		@Nullable String token) {
}
