package io.sentia.notifications.channels.configurations;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A Slack or Teams configuration as the API shows it. The URL is never shown; only the
 * answer to its creation carries a masked form of it, so people can tell which one it
 * was.
 *
 * @param id the configuration id, the {@code Target} id of its deliveries
 * @param type {@code slack} or {@code teams}
 * @param name its name
 * @param maskedUrl the URL's host and a few last characters; on creation only
 * @param createdBy who created it (the caller's subject)
 * @param createdAt when
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChannelConfiguration(UUID id, String type, String name, @Nullable String maskedUrl, String createdBy,
		Instant createdAt) {

}
