package io.sentia.notifications.channels.configurations;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A new Slack or Teams configuration.
 *
 * @param type {@code slack} or {@code teams}
 * @param name how rules and people name it, unique in the tenant (any case)
 * @param url the incoming webhook (Slack) or Workflows / incoming webhook (Teams) URL
 */
public record ChannelConfigurationRequest(
		@Schema(description = "slack or teams", example = "slack") @Nullable String type,
		@Schema(description = "Unique in the tenant, 1 to 100 characters",
				example = "#ops-alerts") @Nullable String name,
		@Schema(description = "The channel's incoming webhook URL; a secret, never shown again",
				example = "https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXXXXXXXXXX") @Nullable String url) {

	@Override
	public String toString() {
		return "ChannelConfigurationRequest[type=" + this.type + ", name=" + this.name + ", url hidden]";
	}

}
