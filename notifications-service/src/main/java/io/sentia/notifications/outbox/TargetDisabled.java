package io.sentia.notifications.outbox;

import io.sentia.notifications.delivery.Target;

/**
 * Published (as a Spring application event, inside the transaction that records the
 * attempt) when a streak of failures disabled a target, so the tenant's admins can be
 * told.
 *
 * @param tenantId the target's tenant
 * @param target the target
 * @param reason why, for people; free of secrets
 */
public record TargetDisabled(String tenantId, Target target, String reason) {
}
