package io.sentia.integrations.ingest;

import java.util.List;

import io.sentia.integrations.connector.Provider;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Caller;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's mappings of provider products to SKUs, and the SKUs no product describes.
 */
@RestController
@RequestMapping("/api/integrations/v1/sku-mappings")
class SkuMappingController {

	private final SkuCatalogue catalogue;

	private final TenantContext tenant;

	SkuMappingController(SkuCatalogue catalogue, TenantContext tenant) {
		this.catalogue = catalogue;
		this.tenant = tenant;
	}

	@GetMapping
	@Access(role = Role.VIEWER, scopes = "integrations.read")
	List<SkuCatalogue.SkuMapping> mappings() {
		return this.catalogue.mappings(this.tenant.currentTenantId());
	}

	@GetMapping("/unmapped")
	@Access(role = Role.VIEWER, scopes = "integrations.read")
	List<String> unmapped() {
		return this.catalogue.unmapped(this.tenant.currentTenantId());
	}

	@PutMapping
	@Access(role = Role.OPERATOR, scopes = "integrations.write")
	SkuCatalogue.SkuMapping map(@RequestBody MappingRequest request) {
		Provider provider;
		try {
			provider = Provider.fromId(request.provider());
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblemException.invalidField("provider",
					"must be one of " + List.of(Provider.values()).stream().map(Provider::id).toList());
		}
		require(request.productRef(), "productRef");
		require(request.sku(), "sku");
		Caller caller = this.tenant.currentCaller();
		String by = (caller.email() != null) ? caller.email() : caller.subject();
		String tenantId = this.tenant.currentTenantId();
		this.catalogue.map(tenantId, provider, request.productRef().strip(), request.sku().strip(), by);
		return this.catalogue.mappings(tenantId)
			.stream()
			.filter((mapping) -> mapping.provider().equals(provider.id())
					&& mapping.productRef().equals(request.productRef().strip()))
			.findFirst()
			.orElseThrow();
	}

	private static void require(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw ApiProblemException.invalidField(field, "is required");
		}
	}

	/**
	 * A mapping to set.
	 *
	 * @param provider provider id, e.g. {@code shopify}
	 * @param productRef the provider's product reference, e.g. {@code variant:39072856}
	 * @param sku the tenant's SKU
	 */
	record MappingRequest(@Nullable String provider, @Nullable String productRef, @Nullable String sku) {
	}

}
