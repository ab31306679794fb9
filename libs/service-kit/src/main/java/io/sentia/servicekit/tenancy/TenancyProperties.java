package io.sentia.servicekit.tenancy;

import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Tenancy settings.
 *
 * @param defaultTenantId the tenant used while requests carry no tenant of their own;
 * defaults to the demo tenant (Highland &amp; Harbour Spirits)
 */
@Validated
@ConfigurationProperties("sentia.tenancy")
public record TenancyProperties(@DefaultValue(DEMO_TENANT_ID) @Pattern(regexp = UUID_PATTERN,
		message = "must be a UUID") String defaultTenantId) {

	/** The demo tenant, Highland &amp; Harbour Spirits. */
	public static final String DEMO_TENANT_ID = "5e471a00-0000-4000-8000-000000000001";

	static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

}
