package io.sentia.integrations.demo;

import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Without the demo profile (every environment but devstack) the demo source does not
 * exist: its endpoints answer 404 to callers that would be allowed under the profile, and
 * nothing is loaded, although {@code sentia.demo.enabled} defaults to true.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WithoutDemoProfileTests extends InfrastructureTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void demoOrderEndpointIsNotFoundForAnOperatorOrAPartner() throws Exception {
		String order = "{\"store\":\"shopify-uk\",\"sku\":\"HH-GIN-LD-70\",\"quantity\":2,\"unitPrice\":\"21.50\"}";
		for (String token : new String[] { TestTokens.user(DemoProperties.DEMO_TENANT_ID, Role.OPERATOR),
				TestTokens.partner(DemoProperties.DEMO_TENANT_ID, "integrations.write") }) {
			this.mvc
				.perform(post("/api/integrations/v1/demo/orders").header("Authorization", TestTokens.bearer(token))
					.contentType(MediaType.APPLICATION_JSON)
					.content(order))
				.andExpect(status().isNotFound());
		}
		assertThat(outboxRows()).as("no order recorded").isZero();
	}

	@Test
	void demoDatasetEndpointIsNotFoundToTheDemoTenant() throws Exception {
		this.mvc
			.perform(get("/api/integrations/v1/demo/dataset").header("Authorization",
					TestTokens.bearer(TestTokens.user(DemoProperties.DEMO_TENANT_ID, Role.ADMIN))))
			.andExpect(status().isNotFound());
	}

	@Test
	void loadsNothingAndHasNoDemoBeans() {
		assertThat(this.context.getBeanNamesForType(DemoDatasetLoader.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(DemoDatasets.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(DemoProperties.class)).isEmpty();
		assertThat(this.jdbc.sql("SELECT count(*) FROM demo_dataset_load").query(Long.class).single()).isZero();
		assertThat(outboxRows()).as("no demo event in the outbox").isZero();
	}

	private long outboxRows() {
		return this.jdbc.sql("SELECT count(*) FROM outbox_event WHERE tenant_id = ?")
			.param(DemoProperties.DEMO_TENANT_ID)
			.query(Long.class)
			.single();
	}

}
