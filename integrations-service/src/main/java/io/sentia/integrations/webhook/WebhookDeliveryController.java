package io.sentia.integrations.webhook;

import java.util.Arrays;
import java.util.List;

import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's tenant's webhook deliveries, newest first, so operators see what is
 * queued, retrying or failed and why. Operators and above; partners with
 * {@code webhooks.manage}.
 */
@RestController
@RequestMapping("/api/integrations/v1/webhooks/deliveries")
class WebhookDeliveryController {

	private static final int MAX_LIMIT = 500;

	private final WebhookDeliveries deliveries;

	private final TenantContext tenant;

	WebhookDeliveryController(WebhookDeliveries deliveries, TenantContext tenant) {
		this.deliveries = deliveries;
		this.tenant = tenant;
	}

	@GetMapping
	@Access(role = Role.OPERATOR, scopes = "webhooks.manage")
	List<DeliveryRecord> list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw ApiProblemException.invalidParameter("limit", "must be between 1 and " + MAX_LIMIT);
		}
		return this.deliveries.list(this.tenant.currentTenantId(), status(status), limit);
	}

	private static @Nullable DeliveryStatus status(@Nullable String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return DeliveryStatus.fromId(status.trim());
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblemException.invalidParameter("status",
					"must be one of " + Arrays.stream(DeliveryStatus.values()).map(DeliveryStatus::id).toList());
		}
	}

}
