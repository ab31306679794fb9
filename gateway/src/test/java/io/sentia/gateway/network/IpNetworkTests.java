package io.sentia.gateway.network;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IpNetworkTests {

	@Test
	void containsOnlyAddressesUnderItsPrefix() {
		IpNetwork rfc1918 = IpNetwork.parse("172.16.0.0/12");

		assertThat(rfc1918.contains(address("172.16.0.1"))).isTrue();
		assertThat(rfc1918.contains(address("172.31.255.255"))).isTrue();
		assertThat(rfc1918.contains(address("172.32.0.0"))).isFalse();
		assertThat(rfc1918.contains(address("172.15.255.255"))).isFalse();
	}

	@Test
	void keepsIpv4AndIpv6Apart() {
		IpNetwork uniqueLocal = IpNetwork.parse("fc00::/7");

		assertThat(uniqueLocal.contains(address("fd12:3456::1"))).isTrue();
		assertThat(uniqueLocal.contains(address("fe80::1"))).isFalse();
		assertThat(IpNetwork.parse("0.0.0.0/0").contains(address("::1"))).isFalse();
	}

	@Test
	void treatsASingleAddressAsABlockOfOne() {
		IpNetwork one = IpNetwork.parse("192.0.2.10");

		assertThat(one.contains(address("192.0.2.10"))).isTrue();
		assertThat(one.contains(address("192.0.2.11"))).isFalse();
	}

	@Test
	void refusesHostNamesAndBadPrefixes() {
		assertThatIllegalArgumentException().isThrownBy(() -> IpNetwork.parse("proxy.internal/24"));
		assertThatIllegalArgumentException().isThrownBy(() -> IpNetwork.parse("10.0.0.0/33"));
		assertThatIllegalArgumentException().isThrownBy(() -> IpNetwork.parse("10.0.0.0/x"));
		assertThat(IpNetwork.literal("localhost")).isEmpty();
	}

	private static InetAddress address(String literal) {
		return IpNetwork.literal(literal).orElseThrow();
	}

}
