/**
 * Tenants as {@code auth.tenants.v1} announces them: which tenants exist, their base
 * currency and status. Other packages ask
 * {@link io.sentia.analytics.tenants.TenantDirectory}.
 */
package io.sentia.analytics.tenants;
