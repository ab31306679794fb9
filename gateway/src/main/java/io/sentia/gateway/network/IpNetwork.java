package io.sentia.gateway.network;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A CIDR block such as {@code 10.0.0.0/8} or {@code fc00::/7}; a single address is a
 * block of one. Only literal addresses are ever parsed, so nothing here resolves a host
 * name.
 *
 * @param network the block's first address
 * @param prefixLength the number of leading bits that must match
 */
public record IpNetwork(InetAddress network, int prefixLength) {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

	public IpNetwork {
		int bits = network.getAddress().length * 8;
		if (prefixLength < 0 || prefixLength > bits) {
			throw new IllegalArgumentException("prefix length " + prefixLength + " is not between 0 and " + bits);
		}
	}

	/**
	 * Parses {@code address/prefix} or a single address.
	 * @param cidr the block
	 * @return the network
	 * @throws IllegalArgumentException when it is not a literal address with an optional
	 * prefix length
	 */
	public static IpNetwork parse(String cidr) {
		String[] parts = cidr.trim().split("/", -1);
		InetAddress address = literal(parts[0])
			.orElseThrow(() -> new IllegalArgumentException("not an IP network (address/prefix): " + cidr));
		if (parts.length == 1) {
			return new IpNetwork(address, address.getAddress().length * 8);
		}
		if (parts.length != 2 || !parts[1].matches("\\d{1,3}")) {
			throw new IllegalArgumentException("not an IP network (address/prefix): " + cidr);
		}
		return new IpNetwork(address, Integer.parseInt(parts[1]));
	}

	/**
	 * The address a literal names, without any name lookup.
	 * @param text an IPv4 or IPv6 literal (IPv6 optionally in brackets)
	 * @return the address, empty when the text is not a literal address
	 */
	public static Optional<InetAddress> literal(String text) {
		String candidate = text.trim();
		if (candidate.startsWith("[") && candidate.endsWith("]")) {
			candidate = candidate.substring(1, candidate.length() - 1);
		}
		if (!IPV4.matcher(candidate).matches() && !IPV6.matcher(candidate).matches()) {
			return Optional.empty();
		}
		try {
			// A literal: getByName parses it and never asks DNS.
			return Optional.of(InetAddress.getByName(candidate));
		}
		catch (UnknownHostException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Whether the address is in this block (an IPv4 address never is in an IPv6 block,
	 * nor the reverse).
	 * @param address the address
	 * @return true when its first {@code prefixLength} bits are the network's
	 */
	public boolean contains(InetAddress address) {
		byte[] candidate = address.getAddress();
		byte[] block = this.network.getAddress();
		if (candidate.length != block.length) {
			return false;
		}
		int whole = this.prefixLength / 8;
		for (int i = 0; i < whole; i++) {
			if (candidate[i] != block[i]) {
				return false;
			}
		}
		int rest = this.prefixLength % 8;
		if (rest == 0) {
			return true;
		}
		int mask = (0xFF << (8 - rest)) & 0xFF;
		return (candidate[whole] & mask) == (block[whole] & mask);
	}

	/**
	 * Whether any of the networks contains the address.
	 * @param networks the networks
	 * @param address the address
	 * @return true when one does
	 */
	public static boolean anyContains(Collection<IpNetwork> networks, InetAddress address) {
		return networks.stream().anyMatch((network) -> network.contains(address));
	}

	@Override
	public String toString() {
		return this.network.getHostAddress() + "/" + this.prefixLength;
	}

}
