package io.sentia.gateway.network;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The address a request comes from, for the per-address limits. The TCP peer, unless it
 * is one of {@code sentia.gateway.security.trusted-proxies}: then the forwarded chain
 * ({@code Forwarded: for=}, else {@code X-Forwarded-For}) is read from the right, each
 * trusted hop skipped, and the first address no trusted proxy vouches for is the client.
 * Everything left of it was written by the client and is ignored, so a client cannot
 * choose its own bucket.
 */
public class ClientAddresses {

	private final List<IpNetwork> trustedProxies;

	/**
	 * Client addresses as seen through the given proxies.
	 * @param trustedProxies CIDRs whose forwarded headers are believed (empty: the TCP
	 * peer is the client)
	 */
	public ClientAddresses(List<String> trustedProxies) {
		this.trustedProxies = trustedProxies.stream().map(IpNetwork::parse).toList();
	}

	/**
	 * The client address of a request, as far as trusted proxies vouch for it.
	 * @param request the request
	 * @return the address (textual)
	 */
	public String of(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		if (remote == null) {
			return "unknown";
		}
		InetAddress peer = remote.getAddress();
		if (peer == null) {
			return remote.getHostString();
		}
		if (!trusted(peer)) {
			return peer.getHostAddress();
		}
		List<String> chain = forwardedChain(request);
		for (int i = chain.size() - 1; i >= 0; i--) {
			Optional<InetAddress> hop = IpNetwork.literal(chain.get(i));
			if (hop.isEmpty()) {
				// A trusted proxy passed on something that is not an address (e.g.
				// "unknown"): that is as far as the chain can be believed.
				return chain.get(i);
			}
			if (!trusted(hop.get())) {
				return hop.get().getHostAddress();
			}
		}
		// Only trusted proxies all the way: the request started at one of them.
		return chain.isEmpty() ? peer.getHostAddress() : IpNetwork.literal(chain.getFirst()).get().getHostAddress();
	}

	/**
	 * Whether the request reached the gateway through one of its trusted proxies, whose
	 * forwarded headers may then be believed.
	 * @param request the request
	 * @return true when the TCP peer is a trusted proxy
	 */
	public boolean fromTrustedProxy(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		return remote != null && remote.getAddress() != null && trusted(remote.getAddress());
	}

	private boolean trusted(InetAddress address) {
		return IpNetwork.anyContains(this.trustedProxies, address);
	}

	/** The forwarded addresses, client first; {@code Forwarded} wins when present. */
	private static List<String> forwardedChain(ServerHttpRequest request) {
		List<String> forwarded = request.getHeaders().getValuesAsList("Forwarded");
		List<String> chain = new ArrayList<>();
		if (!forwarded.isEmpty()) {
			for (String element : forwarded) {
				for (String pair : element.split(";")) {
					String[] nameValue = pair.trim().split("=", 2);
					if (nameValue.length == 2 && nameValue[0].trim().toLowerCase(Locale.ROOT).equals("for")) {
						chain.add(withoutPort(unquote(nameValue[1].trim())));
					}
				}
			}
			return chain;
		}
		request.getHeaders()
			.getValuesAsList("X-Forwarded-For")
			.forEach((address) -> chain.add(withoutPort(address.trim())));
		return chain;
	}

	private static String unquote(String value) {
		return (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\""))
				? value.substring(1, value.length() - 1) : value;
	}

	/** {@code 192.0.2.1:4711} and {@code [2001:db8::1]:4711} without the port. */
	private static String withoutPort(String address) {
		if (address.startsWith("[")) {
			int end = address.indexOf(']');
			return (end > 0) ? address.substring(1, end) : address;
		}
		int colon = address.indexOf(':');
		return (colon > 0 && colon == address.lastIndexOf(':')) ? address.substring(0, colon) : address;
	}

}
