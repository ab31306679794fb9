package io.sentia.integrations;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.sentia.integrations.connection.SimulatedProviders;
import io.sentia.integrations.connector.CredentialVault;
import io.sentia.integrations.connector.Secrets;
import io.sentia.integrations.demo.DemoProperties;
import io.sentia.integrations.upload.UploadIngestionStandIn;
import io.sentia.testkit.security.EndpointExample;
import io.sentia.testkit.security.EndpointSecurityMatrix;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every integrations endpoint against every kind of caller: the demo dataset exists only
 * for the demo tenant, and a demo order is recorded for the caller's own tenant.
 */
@IntegrationsWebTest
@Import(UploadIngestionStandIn.class)
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
				EndpointExample.get(UPLOADS + "/templates/orders"));
	}

}
