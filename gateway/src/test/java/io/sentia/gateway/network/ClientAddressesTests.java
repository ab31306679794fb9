package io.sentia.gateway.network;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTests {

	private static final String PROXY = "10.0.0.7";

	private final ClientAddresses trustingTheProxies = addresses(List.of("10.0.0.0/24", "fd00::/8"));

	private final ClientAddresses trustingNobody = addresses(List.of());

	@Test
	void ignoresForwardedHeadersWhenNoProxyIsTrusted() {
		MockServerHttpRequest request = from(PROXY).header("X-Forwarded-For", "198.51.100.9").build();

		assertThat(this.trustingNobody.of(request)).isEqualTo(PROXY);
	}

	@Test
	void ignoresForwardedHeadersFromAnUntrustedPeer() {
		MockServerHttpRequest request = from("203.0.113.5").header("X-Forwarded-For", "198.51.100.9").build();

		assertThat(this.trustingTheProxies.of(request)).isEqualTo("203.0.113.5");
	}

	@Test
	void takesTheAddressATrustedProxyAppended() {
		MockServerHttpRequest request = from(PROXY).header("X-Forwarded-For", "198.51.100.9").build();

		assertThat(this.trustingTheProxies.of(request)).isEqualTo("198.51.100.9");
	}

	@Test
	void ignoresWhatTheClientWroteLeftOfTheRightmostUntrustedAddress() {
		MockServerHttpRequest request = from(PROXY).header("X-Forwarded-For", "1.2.3.4, 198.51.100.9, 10.0.0.3")
			.build();

		assertThat(this.trustingTheProxies.of(request)).isEqualTo("198.51.100.9");
	}

	@Test
	void readsTheStandardForwardedHeaderFirst() {
		MockServerHttpRequest request = from(PROXY)
			.header("Forwarded", "for=1.2.3.4, for=\"[2001:db8::17]:4711\";proto=https, for=\"[fd00::1]\"")
			.header("X-Forwarded-For", "192.0.2.200")
			.build();

		assertThat(this.trustingTheProxies.of(request)).isEqualTo("2001:db8:0:0:0:0:0:17");
	}

	@Test
	void stopsAtAnEntryThatIsNotAnAddress() {
		MockServerHttpRequest request = from(PROXY).header("X-Forwarded-For", "198.51.100.9, unknown").build();

		assertThat(this.trustingTheProxies.of(request)).isEqualTo("unknown");
	}

	@Test
	void takesTheFirstHopWhenEveryHopIsTrusted() {
		MockServerHttpRequest request = from(PROXY).header("X-Forwarded-For", "10.0.0.9:5000, 10.0.0.3").build();

		assertThat(this.trustingTheProxies.of(request)).isEqualTo("10.0.0.9");
	}

	private static MockServerHttpRequest.BaseBuilder<?> from(String peer) {
		return MockServerHttpRequest.get("/oauth2/token").remoteAddress(new InetSocketAddress(peer, 40000));
	}

	private static ClientAddresses addresses(List<String> trustedProxies) {
		return new ClientAddresses(trustedProxies);
	}

}
