package io.sentia.servicekit.tenancy;

/**
 * The tenant the current work belongs to. Code asks this, never a request parameter, for
 * the tenant it filters by. The kit's default answers the configured tenant; a service
 * that declares its own bean (the JWT-based resolver from auth) replaces it.
 */
public interface TenantContext {

	/**
	 * Returns the id of the current tenant.
	 * @return the tenant id, never {@code null}
	 */
	String currentTenantId();

}
