package io.sentia.integrations.xero;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.Provider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulator's payloads (src/test/resources/xero, official examples unchanged), pages
 * generated from them, and the connection they belong to.
 */
final class XeroFixtures {

	static final String TENANT = "5e471a00-0000-4000-8000-000000000001";

	/** The Xero organisation (xero-tenant-id). */
	static final String ORGANISATION = "fe79f7dd-b6d4-4a92-ba7b-538af6289c58";

	static final UUID CONNECTION_ID = UUID.fromString("00000000-0000-4000-8000-00000000ae01");

	static final ConnectionSpec CONNECTION = new ConnectionSpec(CONNECTION_ID, TENANT, Provider.XERO, ORGANISATION,
			"UK", "Highland & Harbour books", Map.of());

	static final String CLIENT_ID = "xero-client-id";

	static final String CLIENT_SECRET = "xero-client-secret";

	static final String WEBHOOK_KEY = "xero-webhook-signing-key";

	private XeroFixtures() {
	}

	/** The app's configuration with every Xero URL on the simulator at {@code base}. */
	static XeroProperties properties(String base) {
		return new XeroProperties(URI.create(base + "/identity/connect/authorize"), URI.create(base + "/connect/token"),
				URI.create(base + "/connections"), URI.create(base + "/api.xro/2.0"), CLIENT_ID, CLIENT_SECRET,
				URI.create("http://localhost:8082/oauth/xero/callback"), "offline_access accounting.invoices.read",
				WEBHOOK_KEY, Duration.ofMinutes(10), 100, Duration.ofMinutes(5));
	}

	static String text(String name) {
		try (InputStream in = XeroFixtures.class.getResourceAsStream("/xero/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture xero/" + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static JsonNode json(String name) {
		return XeroApi.JSON.readTree(text(name));
	}

	/**
	 * A page of {@code count} invoices made from the official example's first invoice,
	 * numbered from {@code first}, alternating sales invoices and bills, updated one
	 * minute apart from {@code start}.
	 */
	static String invoicePage(int page, int first, int count, Instant start) {
		ObjectNode body = (ObjectNode) json("getInvoices.response.json").deepCopy();
		ObjectNode template = (ObjectNode) body.path("Invoices").path(0);
		ArrayNode invoices = body.putArray("Invoices");
		for (int i = first; i < first + count; i++) {
			ObjectNode invoice = template.deepCopy();
			invoice.put("InvoiceID", invoiceId(i).toString());
			invoice.put("InvoiceNumber", "GEN-" + i);
			invoice.put("Type", (i % 2 == 0) ? "ACCREC" : "ACCPAY");
			long updated = start.plusSeconds(60L * i).toEpochMilli();
			invoice.put("UpdatedDateUTC", "/Date(" + updated + "+0000)/");
			invoices.add(invoice);
		}
		((ObjectNode) body.path("pagination")).put("page", page);
		return body.toString();
	}

	static UUID invoiceId(int number) {
		return UUID.nameUUIDFromBytes(("xero-invoice-" + number).getBytes(StandardCharsets.UTF_8));
	}

	/** The official invoices example with every invoice made a bill (ACCPAY). */
	static String billsPage() {
		ObjectNode body = (ObjectNode) json("getInvoices.response.json").deepCopy();
		for (JsonNode invoice : body.path("Invoices")) {
			((ObjectNode) invoice).put("Type",
					json("postInvoice-ACCPAY.request-example.json").path("Invoices").path(0).path("Type").asString());
		}
		return body.toString();
	}

}
