package io.sentia.integrations;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.sentia.integrations.connection.SimulatedProviders;
import io.sentia.integrations.connector.CredentialVault;
import io.sentia.integrations.connector.Secrets;
import io.sentia.integrations.demo.DemoProperties;
import io.sentia.testkit.security.EndpointExample;
import io.sentia.testkit.security.EndpointSecurityMatrix;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every integrations endpoint against every kind of caller: the demo dataset exists only
 * for the demo tenant, and a demo order is recorded for the caller's own tenant.
 */
@IntegrationsWebTest
class IntegrationsEndpointSecurityTests extends EndpointSecurityMatrix {

	private static final UUID CONNECTION = UUID.fromString("c0ec7100-0000-4000-8000-000000000001");

	private static final UUID CONNECTION_TO_DELETE = UUID.fromString("c0ec7100-0000-4000-8000-000000000002");

	private static final UUID OTHER_TENANTS_CONNECTION = UUID.fromString("c0ec7100-0000-4000-8000-000000000003");

	private static final String CONNECTIONS = "/api/integrations/v1/connections";

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private CredentialVault vault;

	/** Connections of both tenants, for the examples that address one. */
	@BeforeEach
	void seedConnections() {
		seed(CONNECTION, tenant(), "Matrix Unleashed");
		seed(CONNECTION_TO_DELETE, tenant(), "Matrix Unleashed (to delete)");
		seed(OTHER_TENANTS_CONNECTION, otherTenant(), "Other tenant's Unleashed");
	}

	private void seed(UUID id, String tenant, String name) {
		int inserted = this.jdbc
			.sql("INSERT INTO connection (id, tenant_id, provider, account, region, display_name)"
					+ " VALUES (?, ?, 'unleashed', ?, 'UK', ?) ON CONFLICT (id) DO NOTHING")
			.params(id, tenant, id.toString(), name)
			.update();
		if (inserted == 1) {
			this.vault.store(id, new Secrets(Map.of("apiKey", SimulatedProviders.GOOD_KEY)));
		}
	}

	private static final UUID UPLOAD = UUID.fromString("f11e5000-0000-4000-8000-000000000001");

	private static final String UPLOADS = "/api/integrations/v1/uploads";

	/** An upload of the tenant, for the example that reads one. */
	@BeforeEach
	void seedUpload() {
		this.jdbc
			.sql("INSERT INTO uploads (id, tenant_id, kind, file_name, format, source, status, created_by)"
					+ " VALUES (?, ?, 'products', 'products.csv', 'csv', 'upload', 'imported', 'matrix')"
					+ " ON CONFLICT (id) DO NOTHING")
			.params(UPLOAD, tenant())
			.update();
	}

	private static final UUID RUN = UUID.fromString("5e0c7100-0000-4000-8000-000000000001");

	private static final UUID QUARANTINED = UUID.fromString("9a0c7100-0000-4000-8000-000000000001");

	private static final UUID QUARANTINED_TO_DISMISS = UUID.fromString("9a0c7100-0000-4000-8000-000000000002");

	/** A finished run and two quarantined records of the tenant's connection. */
	@BeforeEach
	void seedSyncState() {
		this.jdbc
			.sql("INSERT INTO sync_run (id, tenant_id, connection_id, stream, kind, status, requested_at, finished_at)"
					+ " VALUES (?, ?, ?, 'products', 'incremental', 'succeeded', now(), now()) ON CONFLICT (id) DO NOTHING")
			.params(RUN, tenant(), CONNECTION)
			.update();
		for (UUID id : List.of(QUARANTINED, QUARANTINED_TO_DISMISS)) {
			this.jdbc.sql(
					"INSERT INTO quarantined_record (id, tenant_id, provider, account, connection_id, stream, external_id,"
							+ " reason, payload) VALUES (?, ?, 'unleashed', ?, ?, 'products', ?, 'matrix reason', '{}')"
							+ " ON CONFLICT DO NOTHING")
				.params(id, tenant(), CONNECTION.toString(), CONNECTION, "matrix-" + id)
				.update();
		}
	}

	@Override
	protected String tenant() {
		return DemoProperties.DEMO_TENANT_ID;
	}

	@Override
	protected Set<String> tenantMarkers() {
		return Set.of(DemoProperties.DEMO_TENANT_ID);
	}

	@Override
	protected List<EndpointExample> examples() {
		return List.of(EndpointExample.get("/api/integrations/v1/demo/dataset").addressesObject(),
				EndpointExample.post("/api/integrations/v1/demo/orders",
						"{\"store\":\"shopify-uk\",\"sku\":\"HH-GIN-LD-70\",\"quantity\":1,\"unitPrice\":\"21.50\"}")
					.expecting(202),
				EndpointExample.get(CONNECTIONS).withTenantMarkers(CONNECTION.toString()),
				EndpointExample.get(CONNECTIONS + "/" + CONNECTION).addressesObject(),
				EndpointExample.post(CONNECTIONS,
						"{\"provider\":\"unleashed\",\"displayName\":\"Matrix\",\"credentials\":{\"apiKey\":\"k\"}}")
					.expecting(201),
				EndpointExample.patch(CONNECTIONS + "/" + CONNECTION, "{\"displayName\":\"Matrix Unleashed\"}")
					.addressesObject(),
				EndpointExample.delete(CONNECTIONS + "/" + CONNECTION_TO_DELETE).addressesObject().expecting(204),
				EndpointExample.post(CONNECTIONS + "/" + CONNECTION + "/test", null).addressesObject(),
				EndpointExample.get("/api/integrations/v1/webhooks/deliveries"),
				EndpointExample
					.post(UPLOADS + "?kind=products&filename=products.csv", "sku,name\nHH-MATRIX-1,Matrix Gin\n")
					.header("Content-Type", "text/csv")
					.expecting(201),
				EndpointExample.get(UPLOADS).withTenantMarkers(UPLOAD.toString()),
				EndpointExample.get(UPLOADS + "/" + UPLOAD).addressesObject(),
				EndpointExample.get(UPLOADS + "/templates/orders"),
				EndpointExample.post(CONNECTIONS + "/" + CONNECTION + "/syncs", "{\"kind\":\"incremental\"}")
					.addressesObject()
					.expecting(202),
				EndpointExample.get(CONNECTIONS + "/" + CONNECTION + "/runs").addressesObject(),
				EndpointExample.get(CONNECTIONS + "/" + CONNECTION + "/runs/" + RUN).addressesObject(),
				EndpointExample.get(CONNECTIONS + "/" + CONNECTION + "/runs/" + RUN + "/events")
					.header("Accept", "text/event-stream")
					.addressesObject(),
				EndpointExample.get(CONNECTIONS + "/" + CONNECTION + "/quality").addressesObject(),
				EndpointExample.get("/api/integrations/v1/quarantine").withTenantMarkers(QUARANTINED.toString()),
				EndpointExample.get("/api/integrations/v1/quarantine/" + QUARANTINED).addressesObject(),
				EndpointExample.post("/api/integrations/v1/quarantine/" + QUARANTINED + "/reprocess", null)
					.addressesObject(),
				EndpointExample.post("/api/integrations/v1/quarantine/" + QUARANTINED_TO_DISMISS + "/dismiss", null)
					.addressesObject()
					.expecting(204),
				EndpointExample.post("/api/integrations/v1/quarantine?connection=" + CONNECTION, null),
				EndpointExample.get("/api/integrations/v1/sku-mappings"),
				EndpointExample.get("/api/integrations/v1/sku-mappings/unmapped"),
				EndpointExample.put("/api/integrations/v1/sku-mappings",
						"{\"provider\":\"unleashed\",\"productRef\":\"product:matrix\",\"sku\":\"HH-MATRIX-1\"}"),
				EndpointExample.get(CONNECTIONS + "/" + XERO_CONNECTION + "/xero/authorize").addressesObject());
	}

	private static final UUID XERO_CONNECTION = UUID.fromString("c0ec7100-0000-4000-8000-0000000000e1");

	/** A Xero connection of the tenant, not yet authorised, for the authorize example. */
	@BeforeEach
	void seedXeroConnection() {
		this.jdbc
			.sql("INSERT INTO connection (id, tenant_id, provider, region, display_name)"
					+ " VALUES (?, ?, 'xero', 'UK', 'Matrix Xero') ON CONFLICT (id) DO NOTHING")
			.params(XERO_CONNECTION, tenant())
			.update();
	}

}
