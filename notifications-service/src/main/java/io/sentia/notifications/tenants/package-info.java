/**
 * Tenants as {@code auth.tenants.v1} announces them: the time zone that quiet hours and
 * digests are kept in, and whether the tenant is active. Other packages ask
 * {@link io.sentia.notifications.tenants.TenantDirectory}.
 */
package io.sentia.notifications.tenants;
