package io.sentia.integrations.mail;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.events.Topics;
import io.sentia.integrations.IntegrationsWebTest;
import io.sentia.integrations.PrometheusScrape;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.InMemoryCredentialVault;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.ProviderHttp;
import io.sentia.integrations.connector.ReadRequest;
import io.sentia.integrations.connector.RecordingPageSink;
import io.sentia.integrations.connector.Secrets;
import io.sentia.integrations.upload.UploadImporter;
import io.sentia.testkit.InfrastructureTests;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail attachments through the real upload path and database: imported once however often
 * the message is read, recorded with the message they came from, bad rows quarantined, an
 * unreadable file recorded as rejected.
 */
@IntegrationsWebTest
class MailImportTests extends InfrastructureTests {

	/** A tenant per test, so each test sees only its own uploads and events. */
	private final String tenant = UUID.randomUUID().toString();

	private final String otherTenant = UUID.randomUUID().toString();

	private static final String MAILBOX = "orders@harbour.example";

	private static final String USER = "/v1.0/users/" + MAILBOX;

	private final WireMockServer graph = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private static final String SUPPLIER = "sales@harbour-supplier.example";

	private static final String STRANGER = "mallory@harbour-supp1ier.example";

	private final ConnectionSpec connection = new ConnectionSpec(UUID.randomUUID(), this.tenant, Provider.MAIL, MAILBOX,
			"UK", "Orders mailbox", Map.of("defaultKind", "orders", "allowedSenders", "@harbour-supplier.example"));

	@Autowired
	private MeterRegistry meters;

	private InMemoryCredentialVault vault;

	@Autowired
	private UploadImporter importer;

	@Autowired
	private JdbcClient jdbc;

	/** The service's own, so its calls show in the service's metrics. */
	@Autowired
	private ProviderHttp providerHttp;

	@Autowired
	private MockMvc mvc;

	private MailConnector connector;

	@BeforeEach
	void start() {
		this.graph.start();
		MailProperties properties = new MailProperties(URI.create(this.graph.baseUrl() + "/v1.0"),
				URI.create(this.graph.baseUrl() + "/login"), Duration.ofMinutes(5), 50, Duration.ofSeconds(10));
		ProviderHttp http = this.providerHttp;
		InMemoryCredentialVault vault = new InMemoryCredentialVault();
		this.vault = vault;
		vault.store(this.connection.id(),
				new Secrets(Map.of("tenantId", "harbour.onmicrosoft.com", "clientId", "c", "clientSecret", "s")));
		JsonMapper json = JsonMapper.builder().build();
		GraphMailClient client = new GraphMailClient(http,
				new GraphTokens(vault, http, properties, json, Clock.systemUTC()), properties, json);
		this.connector = new MailConnector(client,
				new MailboxReader(client, AttachmentImports.of(this.importer), this.meters), json);
		stubMailbox();
	}

	@AfterEach
	void stop() {
		this.graph.stop();
	}

	@Test
	void importsEachAttachmentOnceAndRecordsWhereItCameFrom() {
		read();
		read();

		List<Map<String, Object>> uploads = this.jdbc
			.sql("SELECT file_name, source, source_ref, status, total_rows, imported, quarantined, error"
					+ " FROM uploads WHERE tenant_id = ? ORDER BY file_name")
			.param(this.tenant)
			.query()
			.listOfRows();
		assertThat(uploads).hasSize(2);
		assertThat(uploads.get(0)).containsEntry("file_name", "broken.csv")
			.containsEntry("status", "rejected")
			.containsEntry("source", "mail");
		assertThat((String) uploads.get(0).get("error")).contains("required order_id");
		assertThat(uploads.get(1)).containsEntry("file_name", "orders.csv")
			.containsEntry("source_ref", this.connection.id() + "/AAMkM1/ATT-1")
			.containsEntry("status", "imported_with_rejections")
			.containsEntry("total_rows", 3)
			.containsEntry("imported", 2)
			.containsEntry("quarantined", 1);
		assertThat(this.jdbc.sql("SELECT count(*) FROM outbox_event WHERE tenant_id = ? AND topic = ?")
			.params(this.tenant, Topics.COMMERCE_ORDERS)
			.query(Long.class)
			.single()).isEqualTo(2);
		this.graph.verify(2, postRequestedFor(urlEqualTo(USER + "/messages/AAMkM1/move")));
	}

	@Test
	void metricsNameTheConnectionByIdNotTheMailboxOrDirectory() throws Exception {
		read();

		PrometheusScrape.assertNamesConnectionByIdOnly(this.mvc, this.connection.id(), MAILBOX,
				"harbour.onmicrosoft.com");
	}

	@Test
	void skipsMessagesFromSendersNotAllowedAndRecordsEachAttachmentOnceAsRejected() {
		this.graph.stubFor(get(urlEqualTo(USER + "/mailFolders/inbox/messages/delta"
				+ "?$select=id,subject,hasAttachments,receivedDateTime,from,sender"))
			.willReturn(okJson("{\"@odata.deltaLink\":\"" + this.graph.baseUrl() + USER
					+ "/mailFolders/inbox/messages/delta?$deltatoken=d\",\"value\":["
					+ message("AAMkM1", SUPPLIER, null) + "," + message("AAMkM2", STRANGER, null) + ","
					+ message("AAMkM3", SUPPLIER, STRANGER) + "]}")));
		for (String id : new String[] { "AAMkM2", "AAMkM3" }) {
			this.graph
				.stubFor(
						get(urlEqualTo(USER + "/messages/" + id + "/attachments")).willReturn(
								okJson("{\"value\":["
										+ attachment("ATT-" + id, "orders-" + id + ".csv",
												"order_id,ordered_at,region,store,currency,sku,quantity,unit_price\n"
														+ "FAKE-1,2026-03-01,UK,uk,GBP,HH-GIN-LD-70,900,0.01\n")
										+ "]}")));
		}
		double skippedBefore = skipped(this.connection);

		read();
		read();

		List<Map<String, Object>> refused = this.jdbc
			.sql("SELECT file_name, status, error FROM uploads WHERE tenant_id = ? AND file_name LIKE 'orders-AAMk%'"
					+ " ORDER BY file_name")
			.param(this.tenant)
			.query()
			.listOfRows();
		assertThat(refused).hasSize(2).allSatisfy((upload) -> {
			assertThat(upload).containsEntry("status", "rejected");
			assertThat((String) upload.get("error")).contains("sender " + STRANGER)
				.contains("not in this mail connection's allowedSenders");
		});
		assertThat(this.jdbc.sql("SELECT count(*) FROM outbox_event WHERE tenant_id = ? AND payload LIKE '%FAKE-1%'")
			.param(this.tenant)
			.query(Long.class)
			.single()).as("nothing of the strangers' files imported").isZero();
		this.graph.verify(0, postRequestedFor(urlEqualTo(USER + "/messages/AAMkM2/move")));
		this.graph.verify(0, postRequestedFor(urlEqualTo(USER + "/messages/AAMkM3/move")));
		assertThat(skipped(this.connection) - skippedBefore).as("skipped messages, counted once").isEqualTo(2);
	}

	@Test
	void importsNothingWithoutAnAllowList() {
		ConnectionSpec open = new ConnectionSpec(UUID.randomUUID(), this.otherTenant, Provider.MAIL, MAILBOX, "UK",
				"No allow-list", Map.of("defaultKind", "orders"));
		this.vault.store(open.id(),
				new Secrets(Map.of("tenantId", "harbour.onmicrosoft.com", "clientId", "c", "clientSecret", "s")));

		read(open);

		assertThat(this.jdbc.sql("SELECT status || ': ' || error FROM uploads WHERE tenant_id = ?")
			.param(this.otherTenant)
			.query(String.class)
			.list()).hasSize(2)
			.allSatisfy((upload) -> assertThat(upload).startsWith("rejected: ").contains("no allowedSenders setting"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM outbox_event WHERE tenant_id = ?")
			.param(this.otherTenant)
			.query(Long.class)
			.single()).isZero();
		this.graph.verify(0, postRequestedFor(urlEqualTo(USER + "/messages/AAMkM1/move")));
	}

	private double skipped(ConnectionSpec connection) {
		var counter = this.meters.find("sentia.integrations.mail.skipped.messages")
			.tag("connection", connection.id().toString())
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static String message(String id, String from, String sender) {
		return "{\"id\":\"" + id + "\",\"hasAttachments\":true,\"from\":{\"emailAddress\":{\"address\":\"" + from
				+ "\"}}" + ((sender != null) ? ",\"sender\":{\"emailAddress\":{\"address\":\"" + sender + "\"}}" : "")
				+ "}";
	}

	private void read() {
		read(this.connection);
	}

	private void read(ConnectionSpec connection) {
		this.connector.reader(MailConnector.STREAM)
			.read(new ReadRequest(connection, MailConnector.STREAM, Instant.EPOCH, null, null),
					new RecordingPageSink());
	}

	private void stubMailbox() {
		String orders = "order_id,ordered_at,region,store,currency,sku,quantity,unit_price\n"
				+ "M-1,2026-03-01,UK,uk,GBP,HH-GIN-LD-70,2,21.50\n" + "M-2,2026-03-01,UK,uk,GBP,HH-GIN-LD-70,-1,21.50\n"
				+ "M-3,2026-03-02,UK,uk,GBP,HH-RUM-SP-70,1,28.00\n";
		this.graph.stubFor(post("/login/harbour.onmicrosoft.com/oauth2/v2.0/token")
			.willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"t\"}")));
		this.graph.stubFor(get(urlEqualTo(USER
				+ "/mailFolders/inbox/messages/delta?$select=id,subject,hasAttachments,receivedDateTime,from,sender"))
			.willReturn(okJson("{\"@odata.deltaLink\":\"" + this.graph.baseUrl() + USER
					+ "/mailFolders/inbox/messages/delta?$deltatoken=d\",\"value\":["
					+ message("AAMkM1", SUPPLIER, null) + "]}")));
		this.graph.stubFor(get(urlEqualTo(USER + "/messages/AAMkM1/attachments"))
			.willReturn(okJson("{\"value\":[" + attachment("ATT-1", "orders.csv", orders) + ","
					+ attachment("ATT-2", "broken.csv", "sku\nHH-1\n") + "]}")));
		this.graph.stubFor(get(urlEqualTo(USER + "/mailFolders?$filter=displayName%20eq%20%27Processed%27"))
			.willReturn(okJson("{\"value\":[]}")));
		this.graph.stubFor(post(urlEqualTo(USER + "/mailFolders")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":\"AAMkPROC\",\"displayName\":\"Processed\"}")));
		this.graph.stubFor(post(urlEqualTo(USER + "/messages/AAMkM1/move")).willReturn(okJson("{\"id\":\"AAMkM1b\"}")));
	}

	private static String attachment(String id, String name, String content) {
		return "{\"@odata.type\":\"#microsoft.graph.fileAttachment\",\"id\":\"" + id + "\",\"name\":\"" + name
				+ "\",\"isInline\":false,\"contentBytes\":\""
				+ Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8)) + "\"}";
	}

}
