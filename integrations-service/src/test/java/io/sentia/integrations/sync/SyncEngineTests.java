package io.sentia.integrations.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.integrations.connector.ConnectionPausedException;
import io.sentia.integrations.sync.GeneratedSource.ProviderOrder;
import io.sentia.integrations.sync.GeneratedSource.SimulatedCrash;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The sync engine against a simulated provider whose timestamps are years from the local
 * clock: cursors follow the provider, re-reads publish nothing, rejects wait in
 * quarantine until a mapping fixes them, and a killed backfill resumes to the same events
 * a clean run publishes.
 */
@SpringBootTest(properties = { "sentia.integrations.sync.scheduled=false" })
@AutoConfigureMockMvc
@Import(GeneratedSource.class)
class SyncEngineTests extends InfrastructureTests {

	private static final Instant START = Instant.parse("2021-03-01T00:00:00Z");

	@Autowired
	private SyncEngine engine;

	@Autowired
	private SyncStore store;

	@Autowired
	private GeneratedSource.Source source;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MeterRegistry meters;

	private String tenant;

	private UUID connection;

	@BeforeEach
	void connection() {
		this.source.reset();
		this.tenant = UUID.randomUUID().toString();
		this.connection = connect(this.tenant, "A1F83G8C2ARO7P-" + this.tenant);
	}

	@Test
	void movesTheCursorFromProviderTimestampsAndRereadsWithOverlapWithoutPublishingAgain() {
		List<ProviderOrder> orders = orders(this.connection, 25, START, 3);

		UUID first = run(this.connection, RunKind.INCREMENTAL);

		assertThat(this.store.run(first).orElseThrow().status()).isEqualTo("succeeded");
		assertThat(orderEvents(this.tenant)).hasSize(25);
		Instant newest = orders.getLast().updatedAt();
		assertThat(this.store.cursor(this.connection, "orders").highWater()).isEqualTo(newest);

		UUID second = run(this.connection, RunKind.INCREMENTAL);

		assertThat(this.source.reads.getLast().from()).isEqualTo(newest.minusSeconds(3600));
		SyncRun rerun = this.store.run(second).orElseThrow();
		assertThat(rerun.read()).isPositive();
		assertThat(rerun.changed()).isZero();
		assertThat(orderEvents(this.tenant)).hasSize(25);
	}

	@Test
	void publishesAChangedRecordOnceAndIgnoresAnOlderCopy() {
		List<ProviderOrder> orders = orders(this.connection, 5, START, 2);
		run(this.connection, RunKind.INCREMENTAL);
		ProviderOrder last = orders.getLast();
		List<ProviderOrder> changed = new ArrayList<>(orders);
		changed.set(changed.size() - 1, new ProviderOrder(last.id(), last.updatedAt().plusSeconds(60), last.sku(), 9));
		this.source.orders.put(account(this.connection), changed);

		run(this.connection, RunKind.INCREMENTAL);

		assertThat(orderEvents(this.tenant)).hasSize(6);
		assertThat(orderEvents(this.tenant).getLast()).contains("\"quantity\":9");
	}

	@Test
	void quarantinesARecordWithoutSkuUntilAMappingLetsItThrough() throws Exception {
		this.source.orders.put(account(this.connection), List.of(new ProviderOrder("Q-1", START, "HH-GIN-70", 1),
				new ProviderOrder("Q-2", START.plusSeconds(5), " ", 2)));

		UUID runId = run(this.connection, RunKind.INCREMENTAL);

		SyncRun run = this.store.run(runId).orElseThrow();
		assertThat(run.status()).isEqualTo("partial");
		assertThat(run.rejected()).isEqualTo(1);
		String quarantineId = this.jdbc.sql(
				"SELECT id::text FROM quarantined_record WHERE tenant_id = ? AND external_id = 'Q-2' AND status = 'open'")
			.param(this.tenant)
			.query(String.class)
			.single();
		String listed = this.mvc.perform(get("/api/integrations/v1/quarantine").header("Authorization", viewer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(listed).contains(quarantineId).contains("map asin:Q-2 to a SKU");

		MvcResult mapped = this.mvc
			.perform(put("/api/integrations/v1/sku-mappings").header("Authorization", operator())
				.contentType("application/json")
				.content("{\"provider\":\"amazon\",\"productRef\":\"asin:Q-2\",\"sku\":\"HH-GIN-LD-70\"}"))
			.andReturn();
		assertThat(mapped.getResponse().getStatus()).isEqualTo(200);
		MvcResult reprocessed = this.mvc
			.perform(post("/api/integrations/v1/quarantine/" + quarantineId + "/reprocess").header("Authorization",
					operator()))
			.andReturn();

		assertThat(reprocessed.getResponse().getStatus()).as(reprocessed.getResponse().getContentAsString())
			.isEqualTo(200);
		assertThat(orderEvents(this.tenant)).hasSize(2).last().asString().contains("HH-GIN-LD-70");
		assertThat(this.jdbc.sql("SELECT status FROM quarantined_record WHERE id = CAST(? AS uuid)")
			.param(quarantineId)
			.query(String.class)
			.single()).isEqualTo("resolved");
	}

	@Test
	void resumesAKilledBackfillAtItsFirstUnfinishedWindowWithTheEventsOfACleanRun() {
		orders(this.connection, 36, START, 4 * 3600);
		String cleanTenant = UUID.randomUUID().toString();
		UUID clean = connect(cleanTenant, "clean-" + cleanTenant);
		this.source.orders.put(account(clean), this.source.orders.get(account(this.connection)));
		UUID cleanRun = backfill(clean);
		this.engine.execute(cleanRun);
		int windows = this.store.windows(cleanRun).size();
		this.source.reads.clear();

		UUID killed = backfill(this.connection);
		this.source.crashInRead.set(3);
		assertThatExceptionOfType(SimulatedCrash.class).isThrownBy(() -> this.engine.execute(killed));

		assertThat(this.store.run(killed).orElseThrow().status()).isEqualTo("running");
		assertThat(this.store.unfinished()).contains(killed);
		assertThat(this.store.windows(killed)).filteredOn(SyncStore.Window::done).hasSize(2);
		this.source.crashInRead.set(0);
		this.engine.execute(killed);

		assertThat(this.store.run(killed).orElseThrow().status()).isEqualTo("succeeded");
		assertThat(this.source.reads).hasSize(windows + 1);
		assertThat(this.source.reads.get(3).from()).isEqualTo(this.source.reads.get(2).from());
		assertThat(withoutTenant(orderEvents(this.tenant), this.tenant, account(this.connection)))
			.containsExactlyInAnyOrderElementsOf(withoutTenant(orderEvents(cleanTenant), cleanTenant, account(clean)));
		assertThat(orderEvents(this.tenant)).hasSize(36);
	}

	@Test
	void pausesTheStreamWhenTheProviderSaysSoAndFailsTheRunWithTheReason() {
		Instant tomorrow = Instant.now().plusSeconds(86_400).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		this.source.failure = new ConnectionPausedException(tomorrow, "day limit reached");

		UUID runId = run(this.connection, RunKind.INCREMENTAL);

		SyncRun run = this.store.run(runId).orElseThrow();
		assertThat(run.status()).isEqualTo("failed");
		assertThat(run.errorCode()).isEqualTo("paused");
		assertThat(run.errorMessage()).contains("day limit reached");
		assertThat(this.store.cursor(this.connection, "orders").pausedUntil()).isEqualTo(tomorrow);
		assertThat(this.store.cursor(this.connection, "orders").highWater()).isNull();
	}

	@Test
	void publishesTheEndOfEveryRunOnTheSyncTopic() {
		orders(this.connection, 3, START, 60);

		UUID runId = run(this.connection, RunKind.INCREMENTAL);

		String finished = this.jdbc
			.sql("SELECT payload FROM outbox_event WHERE tenant_id = ? AND topic = 'integrations.sync.v1'")
			.param(this.tenant)
			.query(String.class)
			.single();
		assertThat(finished).contains(runId.toString())
			.contains("\"outcome\":\"succeeded\"")
			.contains("\"read\":3")
			.contains("\"written\":3");
	}

	@Test
	void startsRunsThroughTheApiPointsASecondRequestAtTheRunningOneAndHidesOtherTenantsConnections() throws Exception {
		orders(this.connection, 3, START, 60);
		String path = "/api/integrations/v1/connections/" + this.connection;
		this.store.queue(this.tenant, this.connection, "orders", RunKind.INCREMENTAL, null, null);

		MvcResult busy = this.mvc.perform(post(path + "/syncs").header("Authorization", operator())).andReturn();
		MvcResult badKind = this.mvc
			.perform(post(path + "/syncs").header("Authorization", operator())
				.contentType("application/json")
				.content("{\"kind\":\"everything\"}"))
			.andReturn();
		MvcResult otherTenant = this.mvc
			.perform(get(path + "/runs").header("Authorization",
					"Bearer " + TestTokens.user(UUID.randomUUID().toString(), "VIEWER")))
			.andReturn();
		MvcResult viewerStarts = this.mvc.perform(post(path + "/syncs").header("Authorization", viewer())).andReturn();

		assertThat(busy.getResponse().getStatus()).isEqualTo(202);
		assertThat(busy.getResponse().getContentAsString()).contains("\"started\":[]")
			.contains(this.store.activeRun(this.connection, "orders").orElseThrow().toString());
		assertThat(badKind.getResponse().getStatus()).isEqualTo(400);
		assertThat(badKind.getResponse().getContentAsString()).contains("incremental, backfill, reconcile");
		assertThat(otherTenant.getResponse().getStatus()).isEqualTo(404);
		assertThat(viewerStarts.getResponse().getStatus()).isEqualTo(403);
		UUID queued = this.store.activeRun(this.connection, "orders").orElseThrow();
		this.engine.execute(queued);
		String runs = this.mvc.perform(get(path + "/runs").header("Authorization", viewer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(runs).contains(queued.toString()).contains("\"status\":\"succeeded\"");
		MvcResult quality = this.mvc.perform(get(path + "/quality").header("Authorization", viewer())).andReturn();
		assertThat(quality.getResponse().getContentAsString()).contains("\"accepted\":3").contains("\"score\":1.0");
	}

	@Test
	void runsRequestedSyncsOnTheMeteredSyncWorkers() throws Exception {
		orders(this.connection, 4, START, 60);
		double before = this.meters.get("executor.completed").tag("name", "syncWorkers").functionCounter().count();

		MvcResult started = this.mvc
			.perform(post("/api/integrations/v1/connections/" + this.connection + "/syncs").header("Authorization",
					operator()))
			.andReturn();

		assertThat(started.getResponse().getStatus()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.store.activeRun(this.connection, "orders").isEmpty()
					&& orderEvents(this.tenant).size() == 4);
		assertThat(this.meters.get("executor.pool.max").tag("name", "syncWorkers").gauge().value()).isEqualTo(2);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.meters.get("executor.completed")
				.tag("name", "syncWorkers")
				.functionCounter()
				.count() > before);
	}

	@Test
	void streamsARunsProgressAndEndsWithTheFinishedEvent() throws Exception {
		orders(this.connection, 12, START, 60);
		UUID runId = run(this.connection, RunKind.INCREMENTAL);

		MvcResult events = this.mvc
			.perform(get("/api/integrations/v1/connections/" + this.connection + "/runs/" + runId + "/events")
				.header("Authorization", viewer()))
			.andReturn();
		events.getAsyncResult(10_000);

		assertThat(events.getResponse().getContentAsString()).contains("event:finished")
			.contains("\"read\":12")
			.contains("\"total\":12");
	}

	private UUID run(UUID connectionId, RunKind kind) {
		UUID runId = this.store.queue(this.tenant, connectionId, "orders", kind, null, null).orElseThrow();
		this.engine.execute(runId);
		return runId;
	}

	private UUID backfill(UUID connectionId) {
		String tenantId = this.jdbc.sql("SELECT tenant_id FROM connection WHERE id = ?")
			.param(connectionId)
			.query(String.class)
			.single();
		return this.store
			.queue(tenantId, connectionId, "orders", RunKind.BACKFILL, START, START.plusSeconds(6 * 86_400))
			.orElseThrow();
	}

	private List<ProviderOrder> orders(UUID connectionId, int count, Instant from, long secondsApart) {
		List<ProviderOrder> orders = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			orders.add(new ProviderOrder("O-" + i, from.plusSeconds(i * secondsApart), "HH-GIN-LD-70", 1 + i % 3));
		}
		this.source.orders.put(account(connectionId), orders);
		return orders;
	}

	private UUID connect(String tenantId, String account) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO connection (id, tenant_id, provider, account, region, display_name, settings)"
					+ " VALUES (?, ?, 'amazon', ?, 'UK', 'Amazon UK', '{\"syncStart\":\"2021-01-01\"}'::jsonb)")
			.params(id, tenantId, account)
			.update();
		return id;
	}

	private String account(UUID connectionId) {
		return this.jdbc.sql("SELECT account FROM connection WHERE id = ?")
			.param(connectionId)
			.query(String.class)
			.single();
	}

	private List<String> orderEvents(String tenantId) {
		return this.jdbc
			.sql("SELECT payload FROM outbox_event WHERE tenant_id = ? AND topic = 'commerce.orders.v1' ORDER BY seq")
			.param(tenantId)
			.query(String.class)
			.list();
	}

	private static List<String> withoutTenant(List<String> payloads, String tenantId, String account) {
		return payloads.stream().map((payload) -> payload.replace(account, "A").replace(tenantId, "T")).toList();
	}

	private String viewer() {
		return "Bearer " + TestTokens.user(this.tenant, "VIEWER");
	}

	private String operator() {
		return "Bearer " + TestTokens.user(this.tenant, "OPERATOR");
	}

}
