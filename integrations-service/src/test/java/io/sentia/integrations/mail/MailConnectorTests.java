package io.sentia.integrations.mail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.InMemoryCredentialVault;
import io.sentia.integrations.connector.PageSink;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.ProviderCallException;
import io.sentia.integrations.connector.ReadRequest;
import io.sentia.integrations.connector.RecordingPageSink;
import io.sentia.integrations.connector.Secrets;
import io.sentia.integrations.http.RateLimitedProviderHttp;
import io.sentia.integrations.http.RetrySettings;
import io.sentia.integrations.upload.UploadImporter;
import io.sentia.integrations.upload.UploadOrigin;
import io.sentia.integrations.upload.UploadView;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The mail connector against a Graph simulator serving Graph's documented payloads: the
 * client-credentials token request, delta paging, which attachments are imported, the
 * move to the processed folder, an expired delta token and Graph's Retry-After.
 */
class MailConnectorTests {

	private static final String MAILBOX = "uploads@highland-harbour.example";

	private static final String DIRECTORY = "5e471a00-aaaa-4bbb-8ccc-000000000042";

	private static final String USER = "/v1.0/users/" + MAILBOX;

	private static final String DELTA_START = USER
			+ "/mailFolders/inbox/messages/delta?$select=id,subject,hasAttachments,receivedDateTime,from,sender";

	private static final String ORDERS_CSV = "order_id,ordered_at,region,store,currency,sku,quantity,unit_price\n"
			+ "1001,2026-03-01,UK,uk,GBP,HH-GIN-LD-70,2,21.50\n";

	private final WireMockServer graph = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private final List<Duration> waits = new ArrayList<>();

	private final InMemoryCredentialVault vault = new InMemoryCredentialVault();

	private final List<Imported> imports = new ArrayList<>();

	private final Set<String> importedRefs = new HashSet<>();

	private final ConnectionSpec connection = new ConnectionSpec(UUID.randomUUID(), "tenant-1", Provider.MAIL, MAILBOX,
			"UK", "Uploads mailbox",
			Map.of("kind.orders", "orders*", "kind.invoices", "Invoice*", "allowedSenders", "@supplier.example"));

	private MailConnector connector;

	@BeforeEach
	void start() {
		this.graph.start();
		MailProperties properties = new MailProperties(URI.create(this.graph.baseUrl() + "/v1.0"),
				URI.create(this.graph.baseUrl() + "/login/"), Duration.ofMinutes(5), 50, Duration.ofSeconds(10));
		RateLimitedProviderHttp http = new RateLimitedProviderHttp(HttpClient.newHttpClient(),
				new RetrySettings(3, 3, Duration.ofMillis(100), Duration.ofSeconds(5)), Clock.systemUTC(),
				this.waits::add);
		JsonMapper json = JsonMapper.builder().build();
		GraphMailClient client = new GraphMailClient(http,
				new GraphTokens(this.vault, http, properties, json, Clock.systemUTC()), properties, json);
		AttachmentImports imports = new AttachmentImports() {

			@Override
			public Optional<UploadView> importOnce(UploadImporter.UploadFile file, UploadOrigin origin) {
				return MailConnectorTests.this.importOnce(file, origin);
			}

			@Override
			public Optional<UploadView> rejectOnce(UploadImporter.UploadFile file, UploadOrigin origin, String reason) {
				throw new AssertionError("every message here is from an allowed sender, but: " + reason);
			}

		};
		this.connector = new MailConnector(client, new MailboxReader(client, imports, new SimpleMeterRegistry()), json);
		this.vault.store(this.connection.id(), new Secrets(
				Map.of("tenantId", DIRECTORY, "clientId", "8a1c-client", "clientSecret", "s3cr3t~with+chars&=")));
		this.graph.stubFor(post("/login/" + DIRECTORY + "/oauth2/v2.0/token")
			.willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,"
					+ "\"access_token\":\"eyJ0eXAiOi.graph-token\"}")));
	}

	@AfterEach
	void stop() {
		this.graph.stop();
	}

	@Test
	void requestsTheTokenByClientCredentialsExactlyOnceWhileItIsFresh() {
		stubMailbox();

		read(null);
		read(null);

		this.graph.verify(1,
				postRequestedFor(urlEqualTo("/login/" + DIRECTORY + "/oauth2/v2.0/token"))
					.withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
					.withRequestBody(equalTo("client_id=8a1c-client&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default"
							+ "&client_secret=s3cr3t%7Ewith%2Bchars%26%3D&grant_type=client_credentials")));
		this.graph.verify(getRequestedFor(urlEqualTo(DELTA_START)).withHeader("Authorization",
				equalTo("Bearer eyJ0eXAiOi.graph-token")));
		Secrets stored = this.vault.read(this.connection.id());
		assertThat(Instant.parse(stored.require("accessTokenExpiresAt"))).isBetween(Instant.now().plusSeconds(3500),
				Instant.now().plusSeconds(3600));
	}

	@Test
	void renewsTheTokenShortlyBeforeItExpires() {
		stubMailbox();
		this.vault.store(this.connection.id(), this.vault.read(this.connection.id())
			.with(Map.of("accessToken", "old", "accessTokenExpiresAt", Instant.now().plusSeconds(120).toString())));

		read(null);

		this.graph.verify(1, postRequestedFor(urlEqualTo("/login/" + DIRECTORY + "/oauth2/v2.0/token")));
		assertThat(this.vault.read(this.connection.id()).require("accessToken")).isEqualTo("eyJ0eXAiOi.graph-token");
	}

	@Test
	void readsEveryDeltaPageAndHandsOnTheDeltaLinkAsTheToken() {
		stubMailbox();

		RecordingPageSink sink = read(null);

		assertThat(sink.progress()).extracting(PageSink.Progress::token)
			.containsExactly(this.graph.baseUrl() + USER + "/mailFolders/inbox/messages/delta?$skiptoken=page-2",
					this.graph.baseUrl() + USER + "/mailFolders/inbox/messages/delta?$deltatoken=delta-1");
		assertThat(sink.records()).isEmpty();
	}

	@Test
	void importsOnlySpreadsheetFileAttachmentsOnceAndMovesTheirMessage() throws IOException {
		stubMailbox();

		read(null);
		read(null);

		assertThat(this.imports).extracting((imported) -> imported.file().fileName() + " " + imported.file().kind())
			.containsExactly("orders-march.csv ORDERS", "Invoices-Q1.xlsx INVOICES");
		Imported orders = this.imports.get(0);
		assertThat(new String(orders.file().content(), StandardCharsets.UTF_8)).isEqualTo(ORDERS_CSV);
		assertThat(orders.file().tenantId()).isEqualTo("tenant-1");
		assertThat(orders.origin().provider()).isEqualTo(Provider.MAIL);
		assertThat(orders.origin().sourceRef()).isEqualTo(this.connection.id() + "/AAMkMSG1=/ATT-CSV");
		assertThat(this.imports.get(1).file().content()).isEqualTo(Base64.getDecoder()
			.decode(officialAttachment().replaceAll("(?s).*\"contentBytes\": \"([^\"]+)\".*", "$1")));
		this.graph.verify(2, postRequestedFor(urlEqualTo(USER + "/messages/AAMkMSG1%3D/move"))
			.withRequestBody(equalToJson("{\"destinationId\":\"AAMkPROCESSED\"}")));
		this.graph.verify(0, postRequestedFor(urlEqualTo(USER + "/messages/AAMkMSG3/move")));
		this.graph.verify(0, getRequestedFor(urlEqualTo(USER + "/messages/AAMkMSG0/attachments")));
		this.graph.verify(1, getRequestedFor(urlPathMatching(USER + "/mailFolders")));
	}

	@Test
	void readsTheWholeFolderAgainWhenTheDeltaTokenExpired() {
		stubMailbox();
		String expired = this.graph.baseUrl() + USER + "/mailFolders/inbox/messages/delta?$deltatoken=expired";
		this.graph.stubFor(get(urlEqualTo(USER + "/mailFolders/inbox/messages/delta?$deltatoken=expired"))
			.willReturn(aResponse().withStatus(410)
				.withHeader("Content-Type", "application/json")
				.withBody(
						"{\"error\":{\"code\":\"SyncStateNotFound\",\"message\":\"The sync state generation is not found.\"}}")));

		RecordingPageSink sink = read(expired);

		this.graph.verify(1, getRequestedFor(urlEqualTo(DELTA_START)));
		assertThat(sink.progress().getLast().token()).endsWith("$deltatoken=delta-1");
		assertThat(this.imports).hasSize(2);
	}

	@Test
	void waitsAsLongAsRetryAfterSaysWhenGraphThrottles() {
		stubMailbox();
		this.graph.stubFor(get(urlEqualTo(DELTA_START)).inScenario("throttled")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429)
				.withHeader("Retry-After", "7")
				.withBody(
						"{\"error\":{\"code\":\"ApplicationThrottled\",\"message\":\"Application is over its MailboxConcurrency limit.\"}}"))
			.willSetStateTo("calm"));
		this.graph.stubFor(get(urlEqualTo(DELTA_START)).inScenario("throttled")
			.whenScenarioStateIs("calm")
			.willReturn(okJson(page1())));

		read(null);

		assertThat(this.waits).contains(Duration.ofSeconds(7));
		this.graph.verify(2, getRequestedFor(urlEqualTo(DELTA_START)));
	}

	@Test
	void refusesToFollowALinkOutsideTheConfiguredGraphRoot() {
		stubMailbox();

		assertThatExceptionOfType(ProviderCallException.class)
			.isThrownBy(() -> read("https://graph.microsoft.com.evil.example/v1.0/users/x/messages/delta"))
			.withMessageContaining("refusing to follow it");
		assertThat(this.graph.getAllServeEvents()).isEmpty();
	}

	@Test
	void reportsTheFolderInTheConnectionCheck() {
		this.graph.stubFor(get(urlEqualTo(USER + "/mailFolders/inbox"))
			.willReturn(okJson("{\"id\":\"AAMkINBOX\",\"displayName\":\"Inbox\",\"totalItemCount\":12}")));

		assertThat(this.connector.check(this.connection)).satisfies((check) -> {
			assertThat(check.ok()).isTrue();
			assertThat(check.details()).containsEntry("folder", "Inbox").containsEntry("totalItemCount", "12");
		});
	}

	private RecordingPageSink read(String token) {
		RecordingPageSink sink = new RecordingPageSink();
		this.connector.reader(MailConnector.STREAM)
			.read(new ReadRequest(this.connection, MailConnector.STREAM, Instant.EPOCH, null, token), sink);
		return sink;
	}

	private void stubMailbox() {
		String base = this.graph.baseUrl() + USER;
		this.graph.stubFor(get(urlEqualTo(DELTA_START)).willReturn(okJson(page1())));
		this.graph.stubFor(get(urlEqualTo(USER + "/mailFolders/inbox/messages/delta?$skiptoken=page-2"))
			.willReturn(okJson("{\"@odata.deltaLink\":\"" + base
					+ "/mailFolders/inbox/messages/delta?$deltatoken=delta-1\","
					+ "\"value\":[{\"id\":\"AAMkMSG2\",\"@removed\":{\"reason\":\"deleted\"}},"
					+ "{\"id\":\"AAMkMSG3\",\"from\":{\"emailAddress\":{\"address\":\"orders@supplier.example\"}},\"hasAttachments\":true}]}")));
		this.graph
			.stubFor(get(urlEqualTo(USER + "/messages/AAMkMSG1%3D/attachments")).willReturn(okJson(attachments())));
		this.graph.stubFor(get(urlEqualTo(USER + "/messages/AAMkMSG1%3D/attachments/ATT-XLSX"))
			.willReturn(okJson(officialAttachment())));
		this.graph.stubFor(get(urlEqualTo(USER + "/messages/AAMkMSG3/attachments"))
			.willReturn(okJson(resource("message-list-attachments.response.json"))));
		this.graph.stubFor(get(urlEqualTo(USER + "/mailFolders?$filter=displayName%20eq%20%27Processed%27"))
			.willReturn(okJson("{\"value\":[{\"id\":\"AAMkPROCESSED\",\"displayName\":\"Processed\"}]}")));
		this.graph.stubFor(post(urlEqualTo(USER + "/messages/AAMkMSG1%3D/move")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":\"AAMkMOVED\",\"parentFolderId\":\"AAMkPROCESSED\"}")));
	}

	private String page1() {
		return "{\"@odata.nextLink\":\"" + this.graph.baseUrl() + USER
				+ "/mailFolders/inbox/messages/delta?$skiptoken=page-2\",\"value\":["
				+ "{\"id\":\"AAMkMSG1=\",\"from\":{\"emailAddress\":{\"address\":\"orders@supplier.example\"}},\"subject\":\"March orders\",\"hasAttachments\":true,\"receivedDateTime\":\"2026-03-02T08:00:00Z\"},"
				+ "{\"id\":\"AAMkMSG0\",\"subject\":\"Hello\",\"hasAttachments\":false,\"receivedDateTime\":\"2026-03-02T08:01:00Z\"}]}";
	}

	private static String attachments() {
		String csv = Base64.getEncoder().encodeToString(ORDERS_CSV.getBytes(StandardCharsets.UTF_8));
		return "{\"value\":["
				+ "{\"@odata.type\":\"#microsoft.graph.fileAttachment\",\"id\":\"ATT-CSV\",\"name\":\"orders-march.csv\","
				+ "\"contentType\":\"application/octet-stream\",\"size\":90,\"isInline\":false,\"contentBytes\":\""
				+ csv + "\"},"
				+ "{\"@odata.type\":\"#microsoft.graph.fileAttachment\",\"id\":\"ATT-XLSX\",\"name\":\"Invoices-Q1.xlsx\","
				+ "\"contentType\":\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\",\"size\":13068,\"isInline\":false},"
				+ "{\"@odata.type\":\"#microsoft.graph.fileAttachment\",\"id\":\"ATT-INLINE\",\"name\":\"orders-inline.csv\","
				+ "\"isInline\":true,\"contentBytes\":\"" + csv + "\"},"
				+ "{\"@odata.type\":\"#microsoft.graph.fileAttachment\",\"id\":\"ATT-NOKIND\",\"name\":\"notes.csv\","
				+ "\"isInline\":false,\"contentBytes\":\"" + csv + "\"},"
				+ "{\"@odata.type\":\"#microsoft.graph.fileAttachment\",\"id\":\"ATT-DOC\",\"name\":\"orders.docx\","
				+ "\"isInline\":false,\"contentBytes\":\"UEsDBBQABgAIAAAAIQ4AAAAA\"},"
				+ "{\"@odata.type\":\"#microsoft.graph.itemAttachment\",\"id\":\"ATT-ITEM\",\"name\":\"orders-fwd.csv\",\"isInline\":false},"
				+ "{\"@odata.type\":\"#microsoft.graph.referenceAttachment\",\"id\":\"ATT-REF\",\"name\":\"orders-link.xlsx\",\"isInline\":false}]}";
	}

	private static String officialAttachment() {
		return resource("attachment-get.fileAttachment.response.json");
	}

	private static String resource(String name) {
		try (InputStream in = MailConnectorTests.class.getResourceAsStream("/graph/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Optional<UploadView> importOnce(UploadImporter.UploadFile file, UploadOrigin origin) {
		if (!this.importedRefs.add(origin.sourceRef())) {
			return Optional.empty();
		}
		this.imports.add(new Imported(file, origin));
		return Optional.of(new UploadView(UUID.randomUUID(), file.kind().id(), file.fileName(), "csv", "mail",
				origin.sourceRef(), "imported", null, 1, 1, 0, List.of(), file.createdBy(), Instant.now()));
	}

	private record Imported(UploadImporter.UploadFile file, UploadOrigin origin) {
	}

}
