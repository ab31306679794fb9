package io.sentia.notifications.feed;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.sentia.events.AlertRaised.Severity;
import io.sentia.notifications.NotificationsTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The in-app feed end to end: an alert on the broker becomes an item in the manager's
 * feed, which the manager reads and acknowledges (stopping the episode's escalation), and
 * which the live stream pushes as it arrives.
 */
class FeedTests extends NotificationsTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	private MockMvc mvc;

	@LocalServerPort
	private int port;

	@Test
	void aManagerSeesReadsAndAcknowledgesTheirItemAndNobodyElseCanTouchIt() throws Exception {
		String manager = member("fay", "MANAGER");
		String other = member("gus", "MANAGER");
		await().atMost(PATIENCE).until(() -> membersKnown(manager, other) == 2);
		this.events.publish(alert("stockout_risk", Severity.CRITICAL, "stockout_risk:VODKA-1"));
		await().atMost(PATIENCE)
			.until(() -> count("SELECT count(*) FROM feed_item WHERE tenant_id = ?", this.tenant) == 2);

		String item = com.jayway.jsonpath.JsonPath.read(
				this.mvc.perform(get("/api/notifications/v1/feed").header("Authorization", bearer(manager, "MANAGER")))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.unread").value(1))
					.andExpect(jsonPath("$.items[0].title").value("Stock of stockout_risk:VODKA-1 runs out in 5 days"))
					.andReturn()
					.getResponse()
					.getContentAsString(),
				"$.items[0].id");

		this.mvc
			.perform(post("/api/notifications/v1/feed/" + item + "/read").header("Authorization",
					bearer(other, "MANAGER")))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/notifications/v1/feed").header("Authorization", bearer(manager, "MANAGER")))
			.andExpect(jsonPath("$.unread").value(1));

		this.mvc
			.perform(post("/api/notifications/v1/feed/" + item + "/acknowledge").header("Authorization",
					bearer(manager, "MANAGER")))
			.andExpect(status().isNoContent());
		this.mvc
			.perform(get("/api/notifications/v1/feed?unreadOnly=true").header("Authorization",
					bearer(manager, "MANAGER")))
			.andExpect(jsonPath("$.unread").value(0))
			.andExpect(jsonPath("$.items.length()").value(0));
		assertThat(this.jdbc.sql("""
				SELECT acknowledged_by || ' ' || (escalation_due_at IS NULL) FROM notification WHERE tenant_id = ?
				""").param(this.tenant).query(String.class).list()).containsOnly(manager + " true");
	}

	@Test
	void theStreamPushesNewItemsAndTheUnreadCountAsTheyArrive() throws Exception {
		String manager = member("hal", "MANAGER");
		await().atMost(PATIENCE).until(() -> membersKnown(manager) == 1);
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/notifications/v1/feed/stream"))
			.header("Authorization", bearer(manager, "MANAGER"))
			.header("Accept", "text/event-stream")
			.build();
		HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		List<String> lines = new ArrayList<>();
		CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					lines.add(line);
					if (line.contains("runs out in 5 days")) {
						return;
					}
				}
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		await().atMost(PATIENCE).until(() -> lines.contains("event:count"));

		this.events.publish(alert("stockout_risk", Severity.WARNING, "stockout_risk:RUM-7"));
		reading.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		assertThat(lines).contains("event:item");
		assertThat(String.join("\n", lines)).contains("\"unread\":0").contains("stockout_risk:RUM-7");
		response.body().close();
	}

}
