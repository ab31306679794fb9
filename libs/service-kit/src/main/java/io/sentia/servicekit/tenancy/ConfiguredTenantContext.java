package io.sentia.servicekit.tenancy;

/**
 * Answers the one tenant configured in {@code sentia.tenancy.default-tenant-id}; the
 * stand-in until tenants come from verified tokens.
 */
public class ConfiguredTenantContext implements TenantContext {

	private final String tenantId;

	public ConfiguredTenantContext(TenancyProperties properties) {
		this.tenantId = properties.defaultTenantId();
	}

	@Override
	public String currentTenantId() {
		return this.tenantId;
	}

}
