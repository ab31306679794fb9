package io.sentia.integrations;

import java.util.List;
import java.util.Set;

import io.sentia.integrations.demo.DemoProperties;
import io.sentia.testkit.security.EndpointExample;
import io.sentia.testkit.security.EndpointSecurityMatrix;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Every integrations endpoint against every kind of caller: the demo dataset exists only
 * for the demo tenant, and a demo order is recorded for the caller's own tenant.
 */
@SpringBootTest(properties = { "sentia.demo.enabled=false", "sentia.demo.days=30" })
@AutoConfigureMockMvc
class IntegrationsEndpointSecurityTests extends EndpointSecurityMatrix {

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
					.expecting(202));
	}

}
