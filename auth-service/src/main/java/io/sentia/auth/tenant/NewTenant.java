package io.sentia.auth.tenant;

import java.time.ZoneId;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What is needed to create a tenant.
 *
 * @param id the id to use, or {@code null} for a new random one
 * @param slug URL-safe short name, unique
 * @param name display name
 * @param baseCurrency ISO-4217 reporting currency, {@code GBP} when {@code null}
 * @param timeZone IANA time zone, {@code Europe/London} when {@code null}
 */
public record NewTenant(@Nullable UUID id,
		@NotBlank @Size(max = 63) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
				message = "must be lower-case letters, digits and single hyphens") String slug,
		@NotBlank @Size(max = 200) String name,
		@Nullable @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-4217 code like GBP") String baseCurrency,
		@Nullable String timeZone) {

	public NewTenant {
		baseCurrency = (baseCurrency != null) ? baseCurrency : "GBP";
		timeZone = (timeZone != null) ? timeZone : "Europe/London";
	}

	/**
	 * Whether the time zone is a known IANA zone.
	 * @return {@code true} if valid
	 */
	public boolean hasValidTimeZone() {
		try {
			ZoneId.of(this.timeZone);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
