package io.sentia.integrations.demo;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import io.sentia.events.OrderUpserted;
import io.sentia.events.Topics;
import io.sentia.servicekit.config.JsonDefaults;
import io.sentia.servicekit.config.ServiceKitSchema;
import io.sentia.servicekit.errors.ErrorsConfiguration;
import io.sentia.servicekit.observability.TraceHeaders;
import io.sentia.servicekit.outbox.OutboxPublisher;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureJdbc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An order recorded in a demo store goes into the outbox as a canonical order event; bad
 * input is a 400 problem that names what to fix and writes nothing. (A web slice with the
 * service kit's rules and problems, and the real outbox publisher on a database of its
 * own; the outbox relay, Kafka and the demo loader are not started.)
 */
@ActiveProfiles(DemoProfile.NAME)
@WebMvcTest(DemoOrderController.class)
@AutoConfigureJdbc
@Import(ErrorsConfiguration.class)
class DemoOrderControllerTests extends InfrastructureTests {

	static final String TENANT = "0a0a0a0a-0000-4000-8000-00000000beef";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JsonMapper json;

	private long rowsBefore;

	@Test
	void recordsAnOrderAsACanonicalEventInTheOutbox() throws Exception {
		MockHttpServletResponse response = record(
				"{\"store\":\"shopify-uk\",\"sku\":\"HH-GIN-LD-70\",\"quantity\":2,\"unitPrice\":\"21.50\"}");

		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(202);
		JsonNode body = this.json.readTree(response.getContentAsString());
		String entityId = body.get("entityId").asString();
		List<String> payloads = this.jdbc.sql("SELECT payload FROM outbox_event WHERE topic = ? AND event_key LIKE ?")
			.params(Topics.COMMERCE_ORDERS, "%:" + entityId)
			.query(String.class)
			.list();
		assertThat(payloads).hasSize(1);
		OrderUpserted order = this.json.readValue(payloads.get(0), OrderUpserted.class);
		assertThat(order.tenantId()).isEqualTo(TENANT);
		assertThat(order.region()).isEqualTo("UK");
		assertThat(order.channel()).isEqualTo("shopify");
		assertThat(order.currency()).isEqualTo("GBP");
		assertThat(order.total().amount()).isEqualByComparingTo("43.00");
		assertThat(order.lines()).singleElement().satisfies((line) -> {
			assertThat(line.sku()).isEqualTo("HH-GIN-LD-70");
			assertThat(line.quantity()).isEqualTo(2);
		});
	}

	@Test
	void rejectsAnUnknownStoreNamingTheStoresThereAre() throws Exception {
		MockHttpServletResponse response = record(
				"{\"store\":\"etsy\",\"sku\":\"HH-GIN-LD-70\",\"quantity\":1,\"unitPrice\":\"30.00\"}");

		assertProblem(response, "shopify-uk");
	}

	@Test
	void rejectsAnUnknownSku() throws Exception {
		MockHttpServletResponse response = record(
				"{\"store\":\"amazon-us\",\"sku\":\"NOPE-1\",\"quantity\":1,\"unitPrice\":\"30.00\"}");

		assertProblem(response, "NOPE-1");
	}

	@Test
	void rejectsAZeroQuantityAndAPriceWithThreeDecimalsAsFieldErrors() throws Exception {
		MockHttpServletResponse response = record(
				"{\"store\":\"amazon-us\",\"sku\":\"HH-GIN-LD-70\",\"quantity\":0,\"unitPrice\":\"30.001\"}");

		assertProblem(response, "quantity");
		assertThat(response.getContentAsString()).contains("unitPrice");
	}

	@Test
	void refusesAViewerAndWritesNothing() throws Exception {
		MockHttpServletResponse response = record(
				"{\"store\":\"shopify-uk\",\"sku\":\"HH-GIN-LD-70\",\"quantity\":2,\"unitPrice\":\"21.50\"}",
				TestTokens.user(TENANT, Role.VIEWER));

		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(403);
		assertThat(outboxRows()).as("nothing written").isEqualTo(this.rowsBefore);
	}

	private void assertProblem(MockHttpServletResponse response, String mentioned) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
		assertThat(outboxRows()).as("nothing written").isEqualTo(this.rowsBefore);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains(mentioned);
	}

	private long outboxRows() {
		return this.jdbc.sql("SELECT count(*) FROM outbox_event").query(Long.class).single();
	}

	private MockHttpServletResponse record(String json) throws Exception {
		return record(json, TestTokens.user(TENANT, Role.OPERATOR));
	}

	private MockHttpServletResponse record(String json, String token) throws Exception {
		this.rowsBefore = outboxRows();
		return this.mvc
			.perform(post("/api/integrations/v1/demo/orders").contentType(MediaType.APPLICATION_JSON)
				.header("Authorization", TestTokens.bearer(token))
				.content(json))
			.andReturn()
			.getResponse();
	}

	/**
	 * The kit's outbox publisher, tables and event JSON rules, as the service kit
	 * configures them.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Outbox {

		@Bean
		JsonDefaults sentiaJsonDefaults() {
			return new JsonDefaults();
		}

		@Bean
		ServiceKitSchema serviceKitSchema(DataSource dataSource) {
			return new ServiceKitSchema(dataSource);
		}

		@Bean
		OutboxPublisher outboxPublisher(ServiceKitSchema schema, JdbcClient jdbc, JsonMapper json) {
			return new OutboxPublisher(jdbc, json, new TraceHeaders(null, null), "integrations-service",
					Clock.systemUTC());
		}

	}

}
