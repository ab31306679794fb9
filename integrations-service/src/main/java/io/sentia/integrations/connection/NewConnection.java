package io.sentia.integrations.connection;

import java.util.Map;
import java.util.TreeSet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A connection to create.
 *
 * @param provider provider id: {@code shopify}, {@code amazon}, {@code xero},
 * {@code unleashed} or {@code mail}
 * @param account the provider account (shop domain, marketplace id, Unleashed API id,
 * mailbox); may be left out where an OAuth flow learns it
 * @param region sales region the account serves, e.g. {@code UK}
 * @param displayName what people call it
 * @param settings non-secret provider settings, documented per connector
 * @param credentials secret values by name (write-only: never returned); the connector
 * names the ones it requires
 */
public record NewConnection(@NotBlank String provider, @Nullable @Size(max = 255) String account,
		@Nullable @Pattern(regexp = "[A-Z]{2,8}", message = "must be 2 to 8 upper-case letters, e.g. UK") String region,
		@NotBlank @Size(max = 200) String displayName, @Nullable Map<String, String> settings,
		@Nullable Map<String, String> credentials) {

	@Override
	public String toString() {
		return "NewConnection[provider=" + this.provider + ", account=" + this.account + ", credentials="
				+ ((this.credentials != null) ? new TreeSet<>(this.credentials.keySet()) : "[]") + "]";
	}

}
