package io.sentia.notifications.channels;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.sentia.servicekit.errors.ApiProblemException;

/**
 * The server-side request forgery check of every outbound URL the tenant gives (webhook
 * subscriptions, Slack and Teams URLs): http(s) only, https only under {@code prod}, no
 * credentials in the URL, and a host that resolves only to public addresses (no loopback,
 * link-local, private, unique-local, carrier-grade NAT, multicast, unspecified or cloud
 * metadata address). Checked when the URL is saved and again before every send, since DNS
 * answers change.
 */
public final class TargetAddresses {

	/** Names that are never public, whatever a resolver says. */
	private static final Set<String> INTERNAL_NAMES = Set.of("localhost", "metadata", "metadata.google.internal",
			"instance-data", "instance-data.ec2.internal");

	private final boolean allowPrivate;

	private final boolean httpsOnly;

	private final HostResolver resolver;

	/**
	 * Creates the check.
	 * @param allowPrivate allow private addresses (development only)
	 * @param httpsOnly refuse plain http ({@code prod})
	 * @param resolver how host names are resolved
	 */
	public TargetAddresses(boolean allowPrivate, boolean httpsOnly, HostResolver resolver) {
		this.allowPrivate = allowPrivate;
		this.httpsOnly = httpsOnly;
		this.resolver = resolver;
	}

	/**
	 * Checks a URL a caller wants to save.
	 * @param field the request field it came in, named in the 400
	 * @param url the URL as given
	 * @return the URL
	 * @throws ApiProblemException 400 naming the field and saying why
	 */
	public URI checkSubmitted(String field, String url) {
		if (url == null || url.isBlank()) {
			throw ApiProblemException.invalidField(field, "must not be empty");
		}
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			throw ApiProblemException.invalidField(field, "must be an absolute http(s) URL");
		}
		Optional<String> refusal = refusal(uri);
		if (refusal.isPresent()) {
			throw ApiProblemException.invalidField(field, refusal.get());
		}
		return uri;
	}

	/**
	 * Checks a stored URL again before sending to it.
	 * @param uri the URL
	 * @return why it must not be called, or empty if it may
	 */
	public Optional<String> refusal(URI uri) {
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http"))) {
			return Optional.of("must be an absolute http(s) URL");
		}
		if (this.httpsOnly && !scheme.equals("https")) {
			return Optional.of("must use https");
		}
		if (uri.getRawUserInfo() != null) {
			return Optional.of("must not carry a user name or password");
		}
		String host = uri.getHost();
		if (host == null || host.isBlank()) {
			return Optional.of("must name a host");
		}
		if (this.allowPrivate) {
			return Optional.empty();
		}
		String name = host.toLowerCase(Locale.ROOT);
		if (name.endsWith(".")) {
			name = name.substring(0, name.length() - 1);
		}
		if (INTERNAL_NAMES.contains(name) || name.endsWith(".localhost") || name.endsWith(".internal")) {
			return Optional.of("must not point at an internal host (" + host + ")");
		}
		InetAddress[] addresses;
		try {
			addresses = this.resolver.resolve(name.startsWith("[") ? name.substring(1, name.length() - 1) : name);
		}
		catch (UnknownHostException ex) {
			return Optional.of("host " + host + " does not resolve");
		}
		for (InetAddress address : addresses) {
			String kind = nonPublic(address);
			if (kind != null) {
				return Optional
					.of("must not point at a " + kind + " address (" + host + " is " + address.getHostAddress() + ")");
			}
		}
		return Optional.empty();
	}

	/** What kind of non-public address this is, or {@code null} for a public one. */
	static String nonPublic(InetAddress address) {
		if (address.isAnyLocalAddress()) {
			return "unspecified";
		}
		if (address.isLoopbackAddress()) {
			return "loopback";
		}
		if (address.isLinkLocalAddress()) {
			return "link-local";
		}
		if (address.isSiteLocalAddress()) {
			return "private";
		}
		if (address.isMulticastAddress()) {
			return "multicast";
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			return nonPublicV4(bytes);
		}
		if (address instanceof Inet6Address) {
			if ((bytes[0] & 0xfe) == 0xfc) {
				return "unique-local";
			}
			if (isEmbeddingV4(bytes)) {
				byte[] v4 = new byte[] { bytes[12], bytes[13], bytes[14], bytes[15] };
				try {
					String kind = nonPublic(InetAddress.getByAddress(v4));
					return (kind != null) ? kind + " (IPv4 inside IPv6)" : null;
				}
				catch (UnknownHostException ex) {
					return "malformed";
				}
			}
		}
		return null;
	}

	private static String nonPublicV4(byte[] bytes) {
		int first = Byte.toUnsignedInt(bytes[0]);
		int second = Byte.toUnsignedInt(bytes[1]);
		if (first == 0) {
			return "unspecified";
		}
		if (first == 100 && (second & 0xc0) == 64) {
			// 100.64.0.0/10, shared by carriers; Alibaba's metadata service is
			// 100.100.100.200.
			return "carrier-grade NAT";
		}
		if (first == 192 && second == 0 && Byte.toUnsignedInt(bytes[2]) == 0) {
			return "reserved";
		}
		if (first == 198 && (second == 18 || second == 19)) {
			return "benchmarking";
		}
		if (first >= 240) {
			return "reserved";
		}
		return null;
	}

	/**
	 * IPv4-compatible (::a.b.c.d), IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::/96).
	 */
	private static boolean isEmbeddingV4(byte[] bytes) {
		boolean zeros = true;
		for (int i = 0; i < 10; i++) {
			zeros &= bytes[i] == 0;
		}
		boolean mappedOrCompatible = zeros
				&& ((bytes[10] == 0 && bytes[11] == 0) || (bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff));
		boolean nat64 = bytes[0] == 0 && bytes[1] == 0x64 && bytes[2] == (byte) 0xff && bytes[3] == (byte) 0x9b;
		for (int i = 4; nat64 && i < 12; i++) {
			nat64 = bytes[i] == 0;
		}
		return mappedOrCompatible || nat64;
	}

	/** Resolves a host name to its addresses. */
	@FunctionalInterface
	public interface HostResolver {

		/**
		 * Resolves a host.
		 * @param host a name or a literal address
		 * @return all its addresses
		 * @throws UnknownHostException if it does not resolve
		 */
		InetAddress[] resolve(String host) throws UnknownHostException;

	}

}
