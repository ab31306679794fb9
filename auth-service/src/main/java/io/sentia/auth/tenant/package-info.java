/**
 * Tenants (customer organisations): creation, published on {@code auth.tenants.v1}.
 */
package io.sentia.auth.tenant;
