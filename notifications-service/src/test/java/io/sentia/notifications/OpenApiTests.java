package io.sentia.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.sentia.testkit.InfrastructureTests;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The OpenAPI document describes every operation with a summary and, for each that
 * answers with a body, an example of it.
 */
@QuietContext
class OpenApiTests extends InfrastructureTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Test
	void everyOperationHasASummaryAndAnExampleOfItsAnswer() throws Exception {
		JsonNode document = this.json
			.readTree(this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
		List<String> operations = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				String name = operation.getKey().toUpperCase() + " " + path.getKey();
				operations.add(name);
				JsonNode responses = operation.getValue().get("responses");
				boolean example = false;
				for (Map.Entry<String, JsonNode> response : responses.properties()) {
					if (response.getKey().equals("204")) {
						example = true;
					}
					else if (response.getKey().startsWith("2")) {
						for (JsonNode media : response.getValue().path("content")) {
							// An unnamed example is rendered as the media type's
							// "example".
							example |= media.has("example") || media.has("examples");
						}
					}
				}
				if (!operation.getValue().has("summary") || !example) {
					missing.add(name + " " + operation.getValue());
				}
			}
		}
		// 13 of rules, deliveries, acknowledgements and the feed; 11 of channels and
		// webhooks.
		assertThat(operations).hasSize(24);
		assertThat(missing).isEmpty();
	}

}
