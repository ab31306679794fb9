/**
 * The append-only audit log: {@link io.sentia.auth.audit.AuditLog} stores every
 * security-relevant action and publishes it on {@code auth.audit.v1}.
 */
package io.sentia.auth.audit;
