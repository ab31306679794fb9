package io.sentia.integrations.connection;

import java.util.Map;
import java.util.TreeSet;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Changes to a connection; a field left out stays as it is.
 *
 * @param account the provider account
 * @param region sales region
 * @param displayName what people call it
 * @param settings replaces all settings
 * @param status {@code active} or {@code disabled}
 * @param credentials replaces all secrets (write-only)
 */
public record ConnectionChange(@Nullable @Size(max = 255) String account,
		@Nullable @Pattern(regexp = "[A-Z]{2,8}", message = "must be 2 to 8 upper-case letters, e.g. UK") String region,
		@Nullable @Size(min = 1, max = 200) String displayName, @Nullable Map<String, String> settings,
		@Nullable @Pattern(regexp = "active|disabled", message = "must be active or disabled") String status,
		@Nullable Map<String, String> credentials) {

	@Override
	public String toString() {
		return "ConnectionChange[status=" + this.status + ", credentials="
				+ ((this.credentials != null) ? new TreeSet<>(this.credentials.keySet()) : "unchanged") + "]";
	}

}
