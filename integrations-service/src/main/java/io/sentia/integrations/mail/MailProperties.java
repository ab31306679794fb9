package io.sentia.integrations.mail;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Microsoft Graph settings ({@code sentia.integrations.mail.*}); the URLs come from here,
 * never from a tenant's connection settings.
 *
 * @param graphBaseUrl the Graph API root
 * @param loginBaseUrl the Microsoft identity platform root; tokens come from
 * {@code {loginBaseUrl}/{tenant}/oauth2/v2.0/token}
 * @param tokenRefreshMargin an access token is renewed this long before it expires
 * @param pageSize messages per delta page ({@code Prefer: odata.maxpagesize})
 * @param defaultRetryAfter wait after a 429 without {@code Retry-After}, times the
 * attempt
 */
@Validated
@ConfigurationProperties("sentia.integrations.mail")
public record MailProperties(@NotNull @DefaultValue("https://graph.microsoft.com/v1.0") URI graphBaseUrl,
		@NotNull @DefaultValue("https://login.microsoftonline.com") URI loginBaseUrl,
		@NotNull @DefaultValue("5m") Duration tokenRefreshMargin, @Min(1) @Max(1000) @DefaultValue("50") int pageSize,
		@NotNull @DefaultValue("10s") Duration defaultRetryAfter) {

	/** The Graph root without a trailing slash. */
	String graph() {
		return strip(this.graphBaseUrl);
	}

	/** The login root without a trailing slash. */
	String login() {
		return strip(this.loginBaseUrl);
	}

	private static String strip(URI uri) {
		String text = uri.toString();
		return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}

}
