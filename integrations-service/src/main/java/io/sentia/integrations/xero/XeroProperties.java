package io.sentia.integrations.xero;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Xero app and Xero's endpoints. URLs are configuration, never tenant input (SSRF);
 * tests point them at a simulator.
 *
 * @param authorizeUrl where the user consents
 * @param tokenUrl where codes and refresh tokens are exchanged
 * @param connectionsUrl lists the organisations a token may act for
 * @param apiBaseUrl Accounting API root
 * @param clientId the Xero app's client id (empty: OAuth refused until configured)
 * @param clientSecret the Xero app's client secret
 * @param redirectUri the callback registered with the app ({@code /oauth/xero/callback})
 * @param scopes scopes asked for; {@code offline_access} gives the refresh token
 * @param webhookKey the app's webhook signing key (empty: every delivery is refused)
 * @param stateTtl how long an authorize link stays valid
 * @param pageSize records per page Xero returns (100 unless {@code pageSize} is sent)
 * @param tokenRefreshMargin refresh the 30-minute access token this long before it ends
 */
@ConfigurationProperties("sentia.integrations.xero")
public record XeroProperties(@DefaultValue("https://login.xero.com/identity/connect/authorize") URI authorizeUrl,
		@DefaultValue("https://identity.xero.com/connect/token") URI tokenUrl,
		@DefaultValue("https://api.xero.com/connections") URI connectionsUrl,
		@DefaultValue("https://api.xero.com/api.xro/2.0") URI apiBaseUrl, @DefaultValue("") String clientId,
		@DefaultValue("") String clientSecret,
		@DefaultValue("http://localhost:8080/oauth/xero/callback") URI redirectUri,
		@DefaultValue("openid profile email offline_access accounting.invoices.read accounting.payments.read accounting.banktransactions.read accounting.contacts.read") String scopes,
		@DefaultValue("") String webhookKey, @DefaultValue("10m") Duration stateTtl, @DefaultValue("100") int pageSize,
		@DefaultValue("5m") Duration tokenRefreshMargin) {

	public XeroProperties {
		if (pageSize < 1 || pageSize > 1000) {
			throw new IllegalArgumentException("sentia.integrations.xero.page-size must be 1..1000");
		}
		if (!stateTtl.isPositive()) {
			throw new IllegalArgumentException("sentia.integrations.xero.state-ttl must be positive");
		}
	}

	/** Whether the app's client id and secret are configured. */
	public boolean appConfigured() {
		return !this.clientId.isBlank() && !this.clientSecret.isBlank();
	}

	/** An Accounting API URL below the configured root, e.g. {@code /Invoices}. */
	URI api(String pathAndQuery) {
		return URI.create(this.apiBaseUrl.toString().replaceAll("/$", "") + pathAndQuery);
	}

}
