package io.sentia.integrations.xero;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sentia.events.InvoiceType;
import io.sentia.events.InvoiceUpserted;
import io.sentia.events.SentiaEvent;
import io.sentia.integrations.connector.FixedMappingContext;
import io.sentia.integrations.connector.IngestResult;
import io.sentia.integrations.connector.IngestSource;
import io.sentia.integrations.connector.InMemoryCredentialVault;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.RecordIngestor;
import io.sentia.integrations.connector.RecordMapper;
import io.sentia.integrations.connector.Secrets;
import io.sentia.integrations.connector.WebhookDelivery;
import io.sentia.integrations.http.RateLimitedProviderHttp;
import io.sentia.integrations.http.RetrySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.sentia.integrations.xero.XeroFixtures.CONNECTION;
import static io.sentia.integrations.xero.XeroFixtures.CONNECTION_ID;
import static io.sentia.integrations.xero.XeroFixtures.ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XeroWebhookHandlerTests {

	private static final String INVOICE_ID = "a03ffcd2-5d91-4c7e-b483-318584e9e439";

	private final WireMockServer xero = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private final List<SentiaEvent> published = new ArrayList<>();

	private final List<String> streams = new ArrayList<>();

	private XeroWebhookHandler handler;

	private XeroConnector connector;

	@BeforeEach
	void start() {
		this.xero.start();
		InMemoryCredentialVault vault = new InMemoryCredentialVault();
		vault.store(CONNECTION_ID, new Secrets(Map.of("accessToken", "access-1", "accessTokenExpiresAt",
				Instant.now().plus(Duration.ofMinutes(20)).toString(), "refreshToken", "refresh-1")));
		RateLimitedProviderHttp http = new RateLimitedProviderHttp(HttpClient.newHttpClient(),
				new RetrySettings(2, 1, Duration.ofMillis(10), Duration.ofSeconds(5)), Clock.systemUTC(), (wait) -> {
				});
		this.connector = new XeroConnector(
				new XeroApi(XeroFixtures.properties(this.xero.baseUrl()), http, vault, Clock.systemUTC()));
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("ingestor", new RecordIngestor() {
			@Override
			public IngestResult ingest(IngestSource source, String stream, RecordMapper mapper,
					List<RawRecord> records) {
				XeroWebhookHandlerTests.this.streams.add(stream);
				for (RawRecord record : records) {
					XeroWebhookHandlerTests.this.published.addAll(mapper.map(record, FixedMappingContext.of(source)));
				}
				return new IngestResult(records.size(), records.size(), 0, List.of());
			}
		});
		this.handler = new XeroWebhookHandler(new XeroTestDirectory(CONNECTION), this.connector,
				beans.getBeanProvider(RecordIngestor.class));
	}

	@AfterEach
	void stop() {
		this.xero.stop();
	}

	@Test
	void fetchesTheInvoiceAnEventNamesAndIngestsIt() {
		this.xero.stubFor(get(urlEqualTo("/api.xro/2.0/Invoices/" + INVOICE_ID))
			.willReturn(aResponse().withStatus(200).withBody(XeroFixtures.text("getInvoice.response.json"))));
		this.handler.handle(delivery(invoiceEvent(INVOICE_ID, ORGANISATION)));
		this.xero.verify(getRequestedFor(urlEqualTo("/api.xro/2.0/Invoices/" + INVOICE_ID))
			.withHeader("Authorization", equalTo("Bearer access-1"))
			.withHeader("xero-tenant-id", equalTo(ORGANISATION)));
		assertThat(this.streams).containsExactly("invoices");
		assertThat(this.published).singleElement().isInstanceOfSatisfying(InvoiceUpserted.class, (invoice) -> {
			assertThat(invoice.invoiceId()).isEqualTo(INVOICE_ID);
			assertThat(invoice.type()).isEqualTo(InvoiceType.ACCREC);
			assertThat(invoice.tenantId()).isEqualTo(XeroFixtures.TENANT);
		});
	}

	@Test
	void neverFollowsTheEventsResourceUrl() {
		this.xero.stubFor(get(urlEqualTo("/api.xro/2.0/Invoices/" + INVOICE_ID))
			.willReturn(aResponse().withStatus(200).withBody(XeroFixtures.text("getInvoice.response.json"))));
		ObjectNode body = (ObjectNode) XeroApi.JSON.readTree(invoiceEvent(INVOICE_ID, ORGANISATION));
		((ObjectNode) body.path("events").path(0)).put("resourceUrl", "http://169.254.169.254/latest/meta-data");
		this.handler.handle(delivery(body.toString()));
		this.xero.verify(1, getRequestedFor(urlEqualTo("/api.xro/2.0/Invoices/" + INVOICE_ID)));
		assertThat(this.published).hasSize(1);
	}

	@Test
	void acknowledgesContactAndCreditNoteEventsWithoutCalls() {
		this.handler.handle(delivery(XeroFixtures.text("webhook-event.contact-update.json")
			.replace("c2cc9b6e-9458-4c7d-93cc-f02b81b0594f", ORGANISATION)));
		this.handler.handle(delivery(XeroFixtures.text("webhook-event.creditnote-create.json")
			.replace("aef86862-2015-4b6b-88bc-d89032cecc50", ORGANISATION)));
		this.xero.verify(0, anyRequestedFor(anyUrl()));
		assertThat(this.published).isEmpty();
	}

	@Test
	void ignoresEventsOfAnotherOrganisationInTheSameBody() {
		this.handler.handle(delivery(invoiceEvent(INVOICE_ID, "c2cc9b6e-9458-4c7d-93cc-f02b81b0594f")));
		this.xero.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void aFailedFetchThrowsSoTheDeliveryStaysQueued() {
		this.xero
			.stubFor(get(urlEqualTo("/api.xro/2.0/Invoices/" + INVOICE_ID)).willReturn(aResponse().withStatus(503)));
		assertThatThrownBy(() -> this.handler.handle(delivery(invoiceEvent(INVOICE_ID, ORGANISATION))))
			.isInstanceOf(io.sentia.integrations.connector.ProviderCallException.class);
		assertThat(this.published).isEmpty();
	}

	/** An invoice event shaped like the official contact-update example. */
	static String invoiceEvent(String invoiceId, String organisation) {
		return XeroFixtures.text("webhook-event.contact-update.json")
			.replace("Contacts/717f2bfc-c6d4-41fd-b238-3f2f0c0cf777", "Invoices/" + invoiceId)
			.replace("717f2bfc-c6d4-41fd-b238-3f2f0c0cf777", invoiceId)
			.replace("\"CONTACT\"", "\"INVOICE\"")
			.replace("c2cc9b6e-9458-4c7d-93cc-f02b81b0594f", organisation);
	}

	private static WebhookDelivery delivery(String body) {
		return new WebhookDelivery(Provider.XERO, "d-1:" + CONNECTION_ID, CONNECTION_ID, XeroFixtures.TENANT, "events",
				body.getBytes(StandardCharsets.UTF_8), Instant.now());
	}

}
