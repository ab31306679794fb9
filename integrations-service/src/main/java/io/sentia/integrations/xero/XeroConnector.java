package io.sentia.integrations.xero;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.sentia.integrations.connector.ConnectionCheck;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.Connector;
import io.sentia.integrations.connector.PageSink;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.ProviderCallException;
import io.sentia.integrations.connector.ProviderResponse;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.ReadRequest;
import io.sentia.integrations.connector.RecordMapper;
import io.sentia.integrations.connector.StreamDefinition;
import io.sentia.integrations.connector.StreamReader;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads one Xero organisation's books: invoices (sales invoices and bills), payments and
 * bank transactions, each incrementally with {@code If-Modified-Since} (compared by Xero
 * with {@code UpdatedDateUTC}), {@code order=UpdatedDateUTC ASC} and {@code page=N} until
 * a short page.
 */
public class XeroConnector implements Connector {

	static final String INVOICES = "invoices";

	static final String PAYMENTS = "payments";

	static final String BANK_TRANSACTIONS = "bank-transactions";

	/**
	 * Xero compares whole seconds and its writes can land late; re-read a few minutes.
	 */
	static final Duration OVERLAP = Duration.ofMinutes(5);

	private static final Map<String, Resource> RESOURCES = Map.of(INVOICES,
			new Resource("Invoices", "Invoices", "InvoiceID"), PAYMENTS,
			new Resource("Payments", "Payments", "PaymentID"), BANK_TRANSACTIONS,
			new Resource("BankTransactions", "BankTransactions", "BankTransactionID"));

	private final XeroApi api;

	public XeroConnector(XeroApi api) {
		this.api = api;
	}

	@Override
	public Provider provider() {
		return Provider.XERO;
	}

	/**
	 * Tokens come from the OAuth callback, not from the person creating the connection.
	 */
	@Override
	public Set<String> requiredSecrets() {
		return Set.of();
	}

	@Override
	public List<StreamDefinition> streams() {
		return List.of(StreamDefinition.windowed(INVOICES, OVERLAP, Duration.ZERO, Duration.ofDays(30)),
				StreamDefinition.windowed(PAYMENTS, OVERLAP, Duration.ZERO, Duration.ofDays(30)),
				StreamDefinition.windowed(BANK_TRANSACTIONS, OVERLAP, Duration.ZERO, Duration.ofDays(30)));
	}

	/**
	 * {@code GET /Organisation}: one call, and it names the organisation and currency.
	 */
	@Override
	public ConnectionCheck check(ConnectionSpec connection) {
		ProviderResponse response;
		try {
			response = this.api.get(connection, "/Organisation", Map.of(), "organisation");
		}
		catch (ProviderCallException ex) {
			return new ConnectionCheck(false, 0, ex.getMessage(), Map.of());
		}
		if (!response.successful()) {
			return new ConnectionCheck(false, response.status(), "Xero answered " + response.status(), Map.of());
		}
		JsonNode organisation = XeroApi.readJson(response).path("Organisations").path(0);
		return new ConnectionCheck(true, response.status(), "Xero accepted the token for this organisation",
				Map.of("name", organisation.path("Name").asString(""), "currency",
						organisation.path("BaseCurrency").asString(""), "tenantId", connection.account()));
	}

	@Override
	public StreamReader reader(String stream) {
		Resource resource = resource(stream);
		return (request, sink) -> read(resource, request, sink);
	}

	@Override
	public RecordMapper mapper(String stream) {
		return switch (stream) {
			case INVOICES -> XeroMappers::invoice;
			case PAYMENTS -> XeroMappers::payment;
			case BANK_TRANSACTIONS -> XeroMappers::bankTransaction;
			default -> throw unknown(stream);
		};
	}

	/**
	 * Fetches one record by id, e.g. the invoice a webhook names.
	 * @return the record, or {@code null} when Xero no longer has it
	 */
	@Nullable RawRecord fetch(ConnectionSpec connection, String stream, UUID id) {
		Resource resource = resource(stream);
		ProviderResponse response = this.api.get(connection, "/" + resource.path() + "/" + id, Map.of(),
				resource.path() + ".get");
		if (response.status() == 404) {
			return null;
		}
		requireSuccess(response, resource);
		JsonNode item = XeroApi.readJson(response).path(resource.array()).path(0);
		return item.isMissingNode() ? null : record(resource, item);
	}

	private void read(Resource resource, ReadRequest request, PageSink sink) {
		Map<String, String> headers = Map.of("If-Modified-Since", XeroDates.ifModifiedSince(request.from()));
		int pageSize = this.api.properties().pageSize();
		String size = (pageSize != 100) ? "&pageSize=" + pageSize : "";
		for (int page = 1;; page++) {
			ProviderResponse response = this.api.get(request.connection(),
					"/" + resource.path() + "?order=UpdatedDateUTC%20ASC&page=" + page + size, headers,
					resource.path() + ".list");
			requireSuccess(response, resource);
			JsonNode body = XeroApi.readJson(response);
			JsonNode items = body.path(resource.array());
			List<RawRecord> records = new ArrayList<>();
			boolean pastWindow = false;
			for (JsonNode item : items) {
				RawRecord record = record(resource, item);
				// Sorted by UpdatedDateUTC: the first record at or past the window's end
				// ends the read (If-Modified-Since has no upper bound).
				if (request.to() != null && !record.updatedAt().isBefore(request.to())) {
					pastWindow = true;
					break;
				}
				records.add(record);
			}
			JsonNode pagination = body.path("pagination");
			Long total = pagination.has("itemCount") ? pagination.path("itemCount").asLong() : null;
			String now = body.path("DateTimeUTC").asString(null);
			sink.page(records, new PageSink.Progress(total, null, (now != null) ? XeroDates.instant(now) : null));
			if (items.size() < pageSize || pastWindow || sink.cancelled()) {
				return;
			}
		}
	}

	private static RawRecord record(Resource resource, JsonNode item) {
		String id = item.path(resource.id()).asString(null);
		String updated = item.path("UpdatedDateUTC").asString(null);
		if (id == null || updated == null) {
			throw new ProviderCallException("bad_response",
					"Xero " + resource.path() + " record without " + resource.id() + " or UpdatedDateUTC");
		}
		Instant updatedAt = XeroDates.instant(updated);
		return new RawRecord(id, updatedAt, item.toString());
	}

	private static void requireSuccess(ProviderResponse response, Resource resource) {
		if (response.status() == 401 || response.status() == 403) {
			throw new ProviderCallException("auth_failed", "Xero refused " + resource.path() + " (" + response.status()
					+ "); check the app's scopes or connect the organisation again");
		}
		if (!response.successful()) {
			throw new ProviderCallException("xero_http_" + response.status(),
					"Xero " + resource.path() + " answered " + response.status());
		}
	}

	private static Resource resource(String stream) {
		Resource resource = RESOURCES.get(stream);
		if (resource == null) {
			throw unknown(stream);
		}
		return resource;
	}

	private static IllegalArgumentException unknown(String stream) {
		return new IllegalArgumentException(
				"Xero stream '" + stream + "' is not built; streams: invoices, payments, bank-transactions");
	}

	/** An Accounting API collection: its path, the response's array, the id field. */
	private record Resource(String path, String array, String id) {
	}

}
