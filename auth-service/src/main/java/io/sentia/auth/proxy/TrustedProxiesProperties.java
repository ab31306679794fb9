package io.sentia.auth.proxy;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.apache.catalina.util.NetMask;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The peers whose {@code X-Forwarded-*} headers are believed ({@code sentia.auth.*}).
 *
 * @param trustedProxies CIDR ranges (or single addresses) of the proxies in front of this
 * service, normally the gateway; a request from any other peer has its forwarded headers
 * ignored. Env {@code SENTIA_AUTH_TRUSTED_PROXIES}, comma-separated.
 */
@Validated
@ConfigurationProperties("sentia.auth")
public record TrustedProxiesProperties(@NotNull @DefaultValue( {
		"127.0.0.0/8", "::1" }) List<String> trustedProxies){

	public TrustedProxiesProperties {
		trustedProxies = (trustedProxies != null)
				? trustedProxies.stream().map(String::strip).map(TrustedProxiesProperties::cidr).toList() : List.of();
	}

	/**
	 * Returns the ranges as Tomcat's {@code RemoteIpValve} takes them: CIDRs joined by
	 * commas (a value without {@code /} would be read as a regular expression).
	 * @return the ranges, or an empty string when no proxy is trusted
	 */
	String asCidrList() {
		return String.join(",", this.trustedProxies);
	}

	private static String cidr(String range) {
		String normalised = range.contains("/") ? range : range + (range.contains(":") ? "/128" : "/32");
		try {
			new NetMask(normalised);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"sentia.auth.trusted-proxies: '" + range + "' is not an IP address or CIDR range", ex);
		}
		return normalised;
	}

}
