package io.sentia.notifications.channels.webhooks;

import java.util.UUID;

import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The target address check at the API, with the service as it runs outside development
 * (no private targets): a subscription or channel URL that could reach inside is a 400
 * problem+json naming the field and saying why.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WebhookTargetCheckTests extends InfrastructureTests {

	@Autowired
	private MockMvc mvc;

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			http://127.0.0.1:8085/actuator/prometheus   | loopback
			http://localhost/hook                       | internal host
			http://169.254.169.254/latest/meta-data/    | link-local
			http://10.1.2.3/hook                        | private
			http://[fd00:ec2::254]/hook                 | unique-local
			http://[::ffff:192.168.0.1]/hook            | private
			http://0.0.0.0:8080/hook                    | unspecified
			http://224.0.0.251/hook                     | multicast
			http://metadata.google.internal/x           | internal host
			file:///etc/passwd                          | http(s)
			""")
	void refusesASubscriptionToAnInternalAddress(String url, String reason) throws Exception {
		String tenant = UUID.randomUUID().toString();

		MvcResult created = post(tenant, "/api/notifications/v1/webhooks",
				"{\"url\": \"" + url + "\", \"eventTypes\": [\"alert.raised\"]}");
		MvcResult channel = post(tenant, "/api/notifications/v1/channels",
				"{\"type\": \"slack\", \"name\": \"x\", \"url\": \"" + url + "\"}");

		for (MvcResult result : new MvcResult[] { created, channel }) {
			assertThat(result.getResponse().getStatus()).isEqualTo(400);
			assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
			assertThat(result.getResponse().getContentAsString()).contains("\"field\":\"url\"", reason);
		}
	}

	private MvcResult post(String tenant, String path, String body) throws Exception {
		return this.mvc
			.perform(MockMvcRequestBuilders.post(path)
				.header("Authorization", TestTokens.bearer(TestTokens.user(tenant, Role.ADMIN)))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn();
	}

}
