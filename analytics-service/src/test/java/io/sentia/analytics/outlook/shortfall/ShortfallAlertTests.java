package io.sentia.analytics.outlook.shortfall;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import io.sentia.analytics.EventWire;
import io.sentia.analytics.cash.shortfall.ShortfallDecision;
import io.sentia.analytics.outlook.OutlookLedger;
import io.sentia.analytics.tenants.Tenant;
import io.sentia.analytics.tenants.TenantDirectory;
import io.sentia.events.CashDirection;
import io.sentia.events.EventHeaders;
import io.sentia.events.InvoiceType;
import io.sentia.events.Topics;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * A ledger whose week 3 falls below the minimum cash raises exactly one
 * {@code cash_shortfall} alert on the real {@code alerts.v1} topic, however often the
 * outlook is recomputed while the shortfall lasts, and one {@code AlertResolved} with the
 * same key and id when the episode ends.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ShortfallAlertTests extends InfrastructureTests {

	private static final String TENANT = "5a0f7fa1-0000-4000-8000-000000000001";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper jsonMapper;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ShortfallWatch watch;

	@Autowired
	private TenantDirectory tenants;

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrapServers;

	@Test
	void aShortfallInWeekThreeRaisesOneAlertAcrossRecomputations() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		List<ShortfallDecision> decisions = new ArrayList<>();
		try (EventWire wire = new EventWire(this.bootstrapServers, this.jsonMapper)) {
			OutlookLedger ledger = new OutlookLedger(wire, TENANT);
			// 1,000.00 in the bank; a 900.00 bill due in 15 days (week 3) leaves 100.00,
			// below the minimum of 500.00.
			ledger.tenant("GBP")
				.bank("B1", CashDirection.IN, "1000.00", "GBP", today.minusDays(1))
				.invoice(InvoiceType.ACCPAY, "BILL-1", "s-1", today.minusDays(15), today.plusDays(15), "900.00",
						"900.00", "GBP");
			awaitRows("invoice", 1);
			awaitRows("bank_transaction", 1);
			assertThat(this.mvc
				.perform(put("/api/analytics/v1/cash/settings")
					.header("Authorization", TestTokens.bearer(TestTokens.user(TENANT, Role.MANAGER)))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"minimumCash\": 500.00}"))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(200);
			Tenant tenant = this.tenants.find(TENANT).orElseThrow();

			check(tenant).ifPresent(decisions::add);
			check(tenant).ifPresent(decisions::add);
			ledger.invoice(InvoiceType.ACCPAY, "BILL-2", "s-1", today.minusDays(1), today.plusDays(30), "50.00",
					"50.00", "GBP");
			awaitRows("invoice", 2);
			check(tenant).ifPresent(decisions::add);
			ledger.bank("B2", CashDirection.OUT, "10.00", "GBP", today.minusDays(1));
			awaitRows("bank_transaction", 2);
			check(tenant).ifPresent(decisions::add);
		}

		// The watch's own schedule may have made some of these recomputations; either way
		// the episode opened once and went on.
		assertThat(decisions).filteredOn(ShortfallDecision.Opened.class::isInstance).hasSizeLessThanOrEqualTo(1);
		assertThat(decisions).allMatch((decision) -> decision instanceof ShortfallDecision.Opened
				|| decision instanceof ShortfallDecision.Continuing);
		assertThat(this.jdbc.sql("SELECT alerts_raised FROM cash_shortfall_state WHERE tenant_id = ?")
			.param(TENANT)
			.query(Integer.class)
			.single()).isEqualTo(1);
		List<JsonNode> alerts = alertsOnTheTopic();
		assertThat(alerts).hasSize(1);
		JsonNode alert = alerts.getFirst();
		assertThat(alert.at("/kind").asString()).isEqualTo("cash_shortfall");
		assertThat(alert.at("/severity").asString()).isEqualToIgnoringCase("warning");
		assertThat(alert.at("/title").asString()).contains("week 3");
		assertThat(alert.at("/dedupKey").asString()).startsWith("cash_shortfall:");
	}

	@Test
	void anEpisodeThatEndsIsResolvedOnceWithTheAlertsKeyAndId() throws Exception {
		String tenantId = "5a0f7fa1-0000-4000-8000-000000000002";
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		try (EventWire wire = new EventWire(this.bootstrapServers, this.jsonMapper)) {
			OutlookLedger ledger = new OutlookLedger(wire, tenantId);
			// 1,000.00 in the bank and a 900.00 bill in week 3: below the minimum of
			// 500.00.
			ledger.tenant("GBP")
				.bank("R1", CashDirection.IN, "1000.00", "GBP", today.minusDays(1))
				.invoice(InvoiceType.ACCPAY, "BILL-R1", "s-1", today.minusDays(15), today.plusDays(15), "900.00",
						"900.00", "GBP");
			awaitRows(tenantId, "invoice", 1);
			awaitRows(tenantId, "bank_transaction", 1);
			assertThat(this.mvc
				.perform(put("/api/analytics/v1/cash/settings")
					.header("Authorization", TestTokens.bearer(TestTokens.user(tenantId, Role.MANAGER)))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"minimumCash\": 500.00}"))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(200);
			Tenant tenant = this.tenants.find(tenantId).orElseThrow();
			check(tenant);
			assertThat(outboxed(tenantId, "sentia.alerts.alert.raised.v1")).hasSize(1);
			assertThat(outboxed(tenantId, "sentia.alerts.alert.resolved.v1")).isEmpty();

			// 5,000.00 comes in: no week is below the minimum any more.
			ledger.bank("R2", CashDirection.IN, "5000.00", "GBP", today.minusDays(1));
			awaitRows(tenantId, "bank_transaction", 2);
			check(tenant);
			check(tenant);
		}

		JsonNode raised = outboxed(tenantId, "sentia.alerts.alert.raised.v1").getFirst();
		List<JsonNode> resolved = outboxed(tenantId, "sentia.alerts.alert.resolved.v1");
		assertThat(resolved).as("one resolution per episode, however often it is recomputed").hasSize(1);
		JsonNode resolution = resolved.getFirst();
		assertThat(resolution.at("/kind").asString()).isEqualTo("cash_shortfall");
		assertThat(resolution.at("/dedupKey").asString()).isEqualTo(raised.at("/dedupKey").asString());
		assertThat(resolution.at("/alertId").asString()).isEqualTo(raised.at("/alertId").asString());
		assertThat(resolution.at("/source").asString()).isEqualTo("analytics-service");
		assertThat(resolution.at("/title").asString()).contains("no longer falls below the minimum of GBP 500");
		assertThat(this.jdbc.sql(
				"SELECT DISTINCT event_key FROM outbox_event WHERE tenant_id = ? AND event_type LIKE 'sentia.alerts.%'")
			.param(tenantId)
			.query(String.class)
			.list()).as("raised and resolved share the key, so they keep their order")
			.containsExactly(tenantId + ":" + raised.at("/dedupKey").asString());
	}

	private List<JsonNode> outboxed(String tenantId, String type) {
		return this.jdbc.sql("SELECT payload FROM outbox_event WHERE tenant_id = ? AND event_type = ? ORDER BY seq")
			.param(tenantId)
			.param(type)
			.query(String.class)
			.list()
			.stream()
			.map(this.jsonMapper::readTree)
			.toList();
	}

	private void awaitRows(String tenantId, String table, int rows) {
		await().untilAsserted(() -> assertThat(this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE tenant_id = ?")
			.param(tenantId)
			.query(Integer.class)
			.single()).isEqualTo(rows));
	}

	private Optional<ShortfallDecision> check(Tenant tenant) {
		return this.watch.check(tenant);
	}

	/** Reads alerts.v1 from the start until the relay has surely sent what it holds. */
	private List<JsonNode> alertsOnTheTopic() {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		List<JsonNode> alerts = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new StringDeserializer())) {
			// Assigned, not subscribed: no consumer group to join, so reading starts at
			// once.
			List<TopicPartition> partitions = await().until(() -> consumer.partitionsFor(Topics.ALERTS)
				.stream()
				.map((partition) -> new TopicPartition(partition.topic(), partition.partition()))
				.toList(), (found) -> !found.isEmpty());
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			long quietUntil = Long.MAX_VALUE;
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (System.nanoTime() < Math.min(deadline, quietUntil)) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					Header tenant = record.headers().lastHeader(EventHeaders.TENANT);
					if (tenant != null && TENANT.equals(new String(tenant.value(), StandardCharsets.UTF_8))) {
						alerts.add(this.jsonMapper.readTree(record.value()));
					}
				}
				if (!alerts.isEmpty() && quietUntil == Long.MAX_VALUE) {
					// The relay sends every 200 ms: three more seconds would show a
					// second.
					quietUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
				}
			}
		}
		return alerts;
	}

	private void awaitRows(String table, int rows) {
		await().untilAsserted(() -> assertThat(this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE tenant_id = ?")
			.param(TENANT)
			.query(Integer.class)
			.single()).isEqualTo(rows));
	}

}
