package io.sentia.integrations.mail;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.CredentialVault;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.ProviderCallException;
import io.sentia.integrations.connector.ProviderHttp;
import io.sentia.integrations.connector.ProviderRequest;
import io.sentia.integrations.connector.ProviderResponse;
import io.sentia.integrations.connector.Secrets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * App-only Graph access tokens by the client-credentials grant, kept in the connection's
 * secrets and renewed (once at a time, through {@link CredentialVault#refresh}) shortly
 * before they expire.
 */
class GraphTokens {

	static final String TENANT_ID = "tenantId";

	static final String CLIENT_ID = "clientId";

	static final String CLIENT_SECRET = "clientSecret";

	static final String ACCESS_TOKEN = "accessToken";

	static final String EXPIRES_AT = "accessTokenExpiresAt";

	static final String SCOPE = "https://graph.microsoft.com/.default";

	/** A directory (tenant) id or domain; anything else must not reach the token URL. */
	private static final Pattern DIRECTORY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,252}");

	private final CredentialVault vault;

	private final ProviderHttp http;

	private final MailProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	GraphTokens(CredentialVault vault, ProviderHttp http, MailProperties properties, JsonMapper json, Clock clock) {
		this.vault = vault;
		this.http = http;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * A valid access token for the connection, renewed first when it is about to expire.
	 */
	String accessToken(ConnectionSpec connection) {
		return this.vault
			.refresh(connection.id(),
					(current) -> fresh(current) ? Optional.empty() : Optional.of(issue(connection, current)))
			.require(ACCESS_TOKEN);
	}

	/**
	 * A new access token after Graph refused {@code rejected}, unless another caller
	 * already renewed it.
	 */
	String renew(ConnectionSpec connection, String rejected) {
		return this.vault
			.refresh(connection.id(), (current) -> (fresh(current) && !rejected.equals(current.get(ACCESS_TOKEN)))
					? Optional.empty() : Optional.of(issue(connection, current)))
			.require(ACCESS_TOKEN);
	}

	private boolean fresh(Secrets secrets) {
		String token = secrets.get(ACCESS_TOKEN);
		String expiresAt = secrets.get(EXPIRES_AT);
		return token != null && expiresAt != null
				&& Instant.parse(expiresAt).isAfter(this.clock.instant().plus(this.properties.tokenRefreshMargin()));
	}

	private Secrets issue(ConnectionSpec connection, Secrets secrets) {
		String directory = secrets.require(TENANT_ID);
		if (!DIRECTORY.matcher(directory).matches()) {
			throw new ProviderCallException("auth_failed",
					"the connection's tenantId must be an Azure AD tenant id or domain");
		}
		String form = "client_id=" + encode(secrets.require(CLIENT_ID)) + "&scope=" + encode(SCOPE) + "&client_secret="
				+ encode(secrets.require(CLIENT_SECRET)) + "&grant_type=client_credentials";
		Instant requestedAt = this.clock.instant();
		ProviderResponse response = this.http
			.client(Provider.MAIL, connection.id(), "login:" + directory,
					() -> new GraphRatePolicy(this.properties.defaultRetryAfter()))
			.send(ProviderRequest.post(URI.create(this.properties.login() + "/" + directory + "/oauth2/v2.0/token"),
					Map.of("Accept", "application/json"), "application/x-www-form-urlencoded", form, "mail.token"));
		if (!response.successful()) {
			throw new ProviderCallException("auth_failed",
					"Microsoft identity platform refused the client credentials (" + response.status() + " "
							+ error(response) + ")");
		}
		JsonNode body = this.json.readTree(response.text());
		String token = body.path("access_token").asString(null);
		long expiresIn = body.path("expires_in").asLong(0);
		if (token == null || expiresIn <= 0) {
			throw new ProviderCallException("bad_response", "the token response has no access_token or expires_in");
		}
		return secrets.with(Map.of(ACCESS_TOKEN, token, EXPIRES_AT, requestedAt.plusSeconds(expiresIn).toString()));
	}

	private String error(ProviderResponse response) {
		try {
			return this.json.readTree(response.text()).path("error").asString("unknown error");
		}
		catch (RuntimeException ex) {
			return "unreadable answer";
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
