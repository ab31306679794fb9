package io.sentia.notifications.channels;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import io.sentia.servicekit.errors.ApiProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The server-side request forgery check of outbound URLs.
 */
class TargetAddressesTests {

	/** Resolves literal addresses itself and a few names the way a hostile DNS might. */
	private static final TargetAddresses.HostResolver RESOLVER = (host) -> switch (host) {
		case "partner.example" -> new InetAddress[] { InetAddress.getByName("93.184.215.14") };
		case "rebinding.example" ->
			new InetAddress[] { InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.1.2.3") };
		case "metadata.example" -> new InetAddress[] { InetAddress.getByName("169.254.169.254") };
		case "nowhere.example" -> throw new UnknownHostException(host);
		default -> InetAddress.getAllByName(host);
	};

	private final TargetAddresses check = new TargetAddresses(false, false, RESOLVER);

	@ParameterizedTest(name = "{0} is refused: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			http://127.0.0.1/hook                       | loopback
			http://127.1.2.3:8080/hook                  | loopback
			http://[::1]/hook                           | loopback
			http://localhost/hook                       | internal host
			http://api.localhost/hook                   | internal host
			http://0.0.0.0/hook                         | unspecified
			http://[::]/hook                            | unspecified
			http://10.0.0.5/hook                        | private
			http://172.16.9.9/hook                      | private
			http://192.168.1.10/hook                    | private
			http://169.254.169.254/latest/meta-data/    | link-local
			http://[fe80::1]/hook                       | link-local
			http://[fd00:ec2::254]/hook                 | unique-local
			http://[fc00::1]/hook                       | unique-local
			http://100.100.100.200/hook                 | carrier-grade NAT
			http://224.0.0.1/hook                       | multicast
			http://[ff02::1]/hook                       | multicast
			http://[::ffff:127.0.0.1]/hook              | loopback
			http://[64:ff9b::a00:5]/hook                | private (IPv4 inside IPv6)
			http://metadata.google.internal/computeMetadata/v1/ | internal host
			http://metadata.example/hook                | link-local
			http://rebinding.example/hook               | private
			http://nowhere.example/hook                 | does not resolve
			ftp://partner.example/hook                  | absolute http(s) URL
			/relative/hook                              | absolute http(s) URL
			https://user:secret@partner.example/hook    | user name or password
			""")
	void refusesUrlsThatDoNotLeadToAPublicAddress(String url, String reason) {
		assertThat(this.check.refusal(URI.create(url))).hasValueSatisfying((why) -> assertThat(why).contains(reason));
		assertThatExceptionOfType(ApiProblemException.class).isThrownBy(() -> this.check.checkSubmitted("url", url))
			.satisfies((problem) -> assertThat(problem.getMessage()).contains("url"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://partner.example/hooks/sentia", "http://partner.example:8443/x?y=z",
			"https://93.184.215.14/hook" })
	void acceptsUrlsOfPublicHosts(String url) {
		assertThat(this.check.refusal(URI.create(url))).isEmpty();
		assertThat(this.check.checkSubmitted("url", url)).isEqualTo(URI.create(url));
	}

	@Test
	void refusesPlainHttpUnderProduction() {
		TargetAddresses production = new TargetAddresses(false, true, RESOLVER);

		assertThat(production.refusal(URI.create("http://partner.example/hook"))).contains("must use https");
		assertThat(production.refusal(URI.create("https://partner.example/hook"))).isEmpty();
	}

	@Test
	void allowsPrivateTargetsOnlyWhenTheDevelopmentSettingIsOn() {
		TargetAddresses development = new TargetAddresses(true, false, RESOLVER);

		assertThat(development.refusal(URI.create("http://127.0.0.1:9999/hook"))).isEmpty();
		assertThat(development.refusal(URI.create("ftp://127.0.0.1/hook"))).isPresent();
	}

	@Test
	void refusesAnEmptyOrMalformedUrlNamingTheField() {
		assertThatExceptionOfType(ApiProblemException.class)
			.isThrownBy(() -> this.check.checkSubmitted("endpoint", " "));
		assertThatExceptionOfType(ApiProblemException.class)
			.isThrownBy(() -> this.check.checkSubmitted("endpoint", "https://exa mple.com/"));
	}

}
