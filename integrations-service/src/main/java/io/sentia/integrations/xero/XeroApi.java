package io.sentia.integrations.xero;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.CredentialVault;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.ProviderCallException;
import io.sentia.integrations.connector.ProviderHttp;
import io.sentia.integrations.connector.ProviderRequest;
import io.sentia.integrations.connector.ProviderResponse;
import io.sentia.integrations.connector.Secrets;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Authenticated calls to Xero for one connection: every Accounting API call carries
 * {@code Authorization: Bearer}, {@code xero-tenant-id} and {@code Accept:
 * application/json}. Access tokens live 30 minutes and refresh tokens rotate, so tokens
 * are refreshed through {@link CredentialVault#refresh} only: one refresh at a time per
 * connection, the new refresh token saved before the new access token is used.
 */
public class XeroApi {

	/** Secret names kept in the vault. */
	static final String ACCESS_TOKEN = "accessToken";

	static final String REFRESH_TOKEN = "refreshToken";

	static final String EXPIRES_AT = "accessTokenExpiresAt";

	/** Amounts stay exact: JSON numbers are read as {@code BigDecimal}. */
	static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final XeroProperties properties;

	private final ProviderHttp http;

	private final CredentialVault vault;

	private final Clock clock;

	public XeroApi(XeroProperties properties, ProviderHttp http, CredentialVault vault, Clock clock) {
		this.properties = properties;
		this.http = http;
		this.vault = vault;
		this.clock = clock;
	}

	XeroProperties properties() {
		return this.properties;
	}

	/**
	 * GETs an Accounting API resource for the connection's organisation. A 401 (token
	 * revoked or expired early) refreshes once and retries.
	 * @param pathAndQuery below the API root, e.g. {@code /Invoices?page=1}
	 * @param headers extra headers, e.g. {@code If-Modified-Since}
	 * @return the response, 4xx included
	 */
	ProviderResponse get(ConnectionSpec connection, String pathAndQuery, Map<String, String> headers,
			String operation) {
		String organisation = organisation(connection);
		String token = accessToken(connection, null);
		ProviderResponse response = send(connection, organisation, pathAndQuery, headers, operation, token);
		if (response.status() == 401) {
			response = send(connection, organisation, pathAndQuery, headers, operation, accessToken(connection, token));
		}
		return response;
	}

	private ProviderResponse send(ConnectionSpec connection, String organisation, String pathAndQuery,
			Map<String, String> headers, String operation, String token) {
		Map<String, String> all = new LinkedHashMap<>(headers);
		all.put("Authorization", "Bearer " + token);
		all.put("xero-tenant-id", organisation);
		all.put("Accept", "application/json");
		return this.http.client(Provider.XERO, connection.id(), organisation, XeroRatePolicy::new)
			.send(ProviderRequest.get(this.properties.api(pathAndQuery), all, operation));
	}

	/**
	 * The access token to use now, refreshed single-flight when it is missing, about to
	 * expire, or is {@code rejected} (the one Xero just refused; if another caller
	 * already replaced it, that replacement is used without a second refresh).
	 */
	String accessToken(ConnectionSpec connection, @Nullable String rejected) {
		Secrets secrets = this.vault.refresh(connection.id(), (current) -> {
			String token = current.get(ACCESS_TOKEN);
			if (rejected != null) {
				return rejected.equals(token) ? Optional.of(refresh(current)) : Optional.empty();
			}
			String expiresAt = current.get(EXPIRES_AT);
			if (token != null && expiresAt != null
					&& Instant.parse(expiresAt)
						.minus(this.properties.tokenRefreshMargin())
						.isAfter(this.clock.instant())) {
				return Optional.empty();
			}
			return Optional.of(refresh(current));
		});
		return secrets.require(ACCESS_TOKEN);
	}

	private Secrets refresh(Secrets current) {
		String refreshToken = current.get(REFRESH_TOKEN);
		if (refreshToken == null || refreshToken.isBlank()) {
			throw notAuthorised();
		}
		return current.with(tokens("grant_type=refresh_token&refresh_token=" + enc(refreshToken), "refresh"));
	}

	/**
	 * Exchanges an authorization code (with its PKCE verifier) for the connection's first
	 * tokens.
	 * @return the secrets to store: access token, its expiry, refresh token
	 */
	Map<String, String> exchangeCode(String code, String verifier) {
		return tokens(
				"grant_type=authorization_code&code=" + enc(code) + "&redirect_uri="
						+ enc(this.properties.redirectUri().toString()) + "&code_verifier=" + enc(verifier),
				"authorization code");
	}

	private Map<String, String> tokens(String form, String grant) {
		if (!this.properties.appConfigured()) {
			throw new ProviderCallException("not_configured",
					"the Xero app is not configured: set sentia.integrations.xero.client-id and client-secret");
		}
		Instant now = this.clock.instant();
		String basic = Base64.getEncoder()
			.encodeToString((this.properties.clientId() + ":" + this.properties.clientSecret())
				.getBytes(StandardCharsets.UTF_8));
		ProviderResponse response = this.http.client(Provider.XERO, null, "identity", XeroRatePolicy::new)
			.send(ProviderRequest.post(this.properties.tokenUrl(),
					Map.of("Authorization", "Basic " + basic, "Accept", "application/json"),
					"application/x-www-form-urlencoded", form, "token"));
		JsonNode body = readJson(response);
		if (!response.successful()) {
			// Rotated refresh tokens are single-use: invalid_grant means the user must
			// connect again.
			throw new ProviderCallException("auth_failed", "Xero refused the " + grant + " (" + response.status() + " "
					+ body.path("error").asString("no error code") + "); connect the organisation again");
		}
		Map<String, String> tokens = new LinkedHashMap<>();
		tokens.put(ACCESS_TOKEN, body.path("access_token").asString());
		tokens.put(EXPIRES_AT, now.plusSeconds(body.path("expires_in").asLong(1800)).toString());
		String refreshToken = body.path("refresh_token").asString(null);
		if (refreshToken != null && !refreshToken.isBlank()) {
			tokens.put(REFRESH_TOKEN, refreshToken);
		}
		if (tokens.get(ACCESS_TOKEN).isBlank()) {
			throw new ProviderCallException("bad_response", "Xero's token answer has no access_token");
		}
		return tokens;
	}

	/**
	 * The organisations (tenants) an access token may act for, from the identity
	 * {@code connections} endpoint.
	 * @param authEventId narrows the list to the organisations of one consent, when known
	 */
	JsonNode connections(String accessToken, @Nullable String authEventId) {
		URI uri = (authEventId != null)
				? URI.create(this.properties.connectionsUrl() + "?authEventId=" + enc(authEventId))
				: this.properties.connectionsUrl();
		ProviderResponse response = this.http.client(Provider.XERO, null, "identity", XeroRatePolicy::new)
			.send(ProviderRequest.get(uri,
					Map.of("Authorization", "Bearer " + accessToken, "Accept", "application/json"), "connections"));
		if (!response.successful()) {
			throw new ProviderCallException("auth_failed", "Xero's connections endpoint answered " + response.status());
		}
		return readJson(response);
	}

	/** The Xero organisation the connection acts for (its account). */
	static String organisation(ConnectionSpec connection) {
		if (connection.account() == null || connection.account().isBlank()) {
			throw notAuthorised();
		}
		return connection.account();
	}

	static JsonNode readJson(ProviderResponse response) {
		if (response.body().length == 0) {
			return JSON.missingNode();
		}
		try {
			return JSON.readTree(response.body());
		}
		catch (JacksonException ex) {
			if (response.successful()) {
				throw new ProviderCallException("bad_response", "Xero answered " + response.status() + " with non-JSON",
						ex);
			}
			return JSON.missingNode();
		}
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static ProviderCallException notAuthorised() {
		return new ProviderCallException("not_authorised",
				"the Xero organisation is not connected yet: open GET /api/integrations/v1/connections/{id}/xero/authorize");
	}

}
