package io.sentia.servicekit.tenancy;

import io.sentia.servicekit.security.Caller;

/**
 * The tenant and caller the current request acts for, taken only from its verified access
 * token. Code asks this, never a request parameter, for the tenant it filters by. Kafka
 * listeners and scheduled jobs have no caller and must not use it: their tenant is in the
 * event they handle.
 */
public interface TenantContext {

	/**
	 * Returns the caller of the current request.
	 * @return the caller, never {@code null}
	 * @throws org.springframework.security.authentication.AuthenticationCredentialsNotFoundException
	 * if the current thread has no verified token (answered as 401)
	 */
	Caller currentCaller();

	/**
	 * Returns the id of the tenant the current request acts for: the token's
	 * {@code tenant_id}.
	 * @return the tenant id, never {@code null}
	 * @throws org.springframework.security.authentication.AuthenticationCredentialsNotFoundException
	 * if the current thread has no verified token (answered as 401)
	 */
	default String currentTenantId() {
		return currentCaller().tenantId();
	}

}
