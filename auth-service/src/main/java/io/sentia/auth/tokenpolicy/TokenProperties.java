package io.sentia.auth.tokenpolicy;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.validation.annotation.Validated;

/**
 * Lifetimes of what the authorization server issues ({@code sentia.auth.tokens.*}).
 *
 * @param accessTokenTimeToLive access (and ID) tokens; the contract says 5 minutes and
 * never more than 10
 * @param refreshTokenTimeToLive refresh tokens, each rotated on use
 * @param authorizationCodeTimeToLive authorization codes
 */
@Validated
@ConfigurationProperties("sentia.auth.tokens")
public record TokenProperties(@NotNull @DefaultValue("5m") Duration accessTokenTimeToLive,
		@NotNull @DefaultValue("12h") Duration refreshTokenTimeToLive,
		@NotNull @DefaultValue("5m") Duration authorizationCodeTimeToLive) {

	@AssertTrue(message = "access-token-time-to-live must be between 1 minute and 10 minutes")
	boolean isAccessTokenShortLived() {
		return this.accessTokenTimeToLive == null || (this.accessTokenTimeToLive.compareTo(Duration.ofMinutes(1)) >= 0
				&& this.accessTokenTimeToLive.compareTo(Duration.ofMinutes(10)) <= 0);
	}

	/**
	 * Token settings of every Sentia client: self-contained JWTs, refresh tokens rotated
	 * on every use.
	 * @return the settings
	 */
	public TokenSettings settings() {
		return TokenSettings.builder()
			.accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
			.accessTokenTimeToLive(this.accessTokenTimeToLive)
			.refreshTokenTimeToLive(this.refreshTokenTimeToLive)
			.authorizationCodeTimeToLive(this.authorizationCodeTimeToLive)
			.reuseRefreshTokens(false)
			.build();
	}

}
