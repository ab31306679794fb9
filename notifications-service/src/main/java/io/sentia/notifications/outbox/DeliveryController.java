package io.sentia.notifications.outbox;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.sentia.notifications.delivery.Channel;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The delivery log of the caller's tenant (ADMINs and MANAGERs) and manual replay
 * (ADMINs).
 */
@RestController
@RequestMapping("/api/notifications/v1/deliveries")
class DeliveryController {

	private static final Set<String> STATUSES = Set.of("pending", "sending", "delivered", "failed", "held", "digested");

	private final DeliveryLog log;

	private final TenantContext tenantContext;

	private final Clock clock;

	DeliveryController(DeliveryLog log, TenantContext tenantContext, Clock clock) {
		this.log = log;
		this.tenantContext = tenantContext;
		this.clock = clock;
	}

	@Operation(summary = "The delivery log",
			description = "ADMIN or MANAGER. Newest first, filtered by channel (EMAIL, SLACK, TEAMS, WEBHOOK, IN_APP), target (address, user, configuration or subscription id) and status (pending, sending, delivered, failed, held, digested); each with its attempts: time, status code, response time, outcome, reason.")
	@ApiResponse(responseCode = "200", description = "The delivery log",
			content = @Content(mediaType = "application/json", examples = @ExampleObject(
					value = "{\"deliveries\": [{\"deliveryId\": \"0f4b1a3e-2d6c-4f7a-8b1e-9c0d2e3f4a5b\", \"notificationId\": \"9e2d7c1b-3a4f-4e5d-8c6b-7a8f9e0d1c2b\", \"channel\": \"WEBHOOK\", \"targetId\": \"sub-7\", \"stage\": \"RAISED\", \"eventType\": \"alert.raised\", \"kind\": \"stockout_risk\", \"severity\": \"critical\", \"title\": \"WHISKY-12 runs out in 5 days\", \"status\": \"pending\", \"attemptCount\": 2, \"reason\": \"HTTP 503\", \"createdAt\": \"2026-03-02T09:00:00Z\", \"dueAt\": \"2026-03-02T09:00:31Z\", \"deliveredAt\": null, \"attempts\": [{\"attempt\": 1, \"attemptedAt\": \"2026-03-02T09:00:01Z\", \"statusCode\": 503, \"tookMillis\": 412, \"outcome\": \"retry\", \"reason\": \"HTTP 503\"}, {\"attempt\": 2, \"attemptedAt\": \"2026-03-02T09:00:12Z\", \"statusCode\": 503, \"tookMillis\": 388, \"outcome\": \"retry\", \"reason\": \"HTTP 503\"}]}], \"page\": 0, \"size\": 50}")))
	@ApiResponse(responseCode = "400", description = "A filter or paging parameter to fix")
	@GetMapping
	@Access(role = Role.MANAGER)
	DeliveryPage deliveries(@RequestParam(required = false) String channel,
			@RequestParam(required = false) String target, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		String channelName = null;
		if (channel != null) {
			try {
				channelName = Channel.valueOf(channel.toUpperCase(Locale.ROOT)).name();
			}
			catch (IllegalArgumentException ex) {
				throw ApiProblemException.invalidParameter("channel", "must be one of " + List.of(Channel.values()));
			}
		}
		if (status != null && !STATUSES.contains(status)) {
			throw ApiProblemException.invalidParameter("status", "must be one of " + STATUSES);
		}
		if (page < 0 || page > 10_000) {
			throw ApiProblemException.invalidParameter("page", "must be between 0 and 10000");
		}
		if (size < 1 || size > 200) {
			throw ApiProblemException.invalidParameter("size", "must be between 1 and 200");
		}
		return new DeliveryPage(
				this.log.page(this.tenantContext.currentTenantId(), channelName, target, status, page, size), page,
				size);
	}

	@Operation(summary = "Sends a delivery again",
			description = "ADMIN. A delivered or failed delivery is due again at once, with the same id (a webhook's webhook-id), retried for its channel's time again.")
	@ApiResponse(responseCode = "202", description = "Sends a delivery again",
			content = @Content(mediaType = "application/json", examples = @ExampleObject(
					value = "{\"deliveryId\": \"0f4b1a3e-2d6c-4f7a-8b1e-9c0d2e3f4a5b\", \"notificationId\": \"9e2d7c1b-3a4f-4e5d-8c6b-7a8f9e0d1c2b\", \"channel\": \"WEBHOOK\", \"targetId\": \"sub-7\", \"stage\": \"RAISED\", \"eventType\": \"alert.raised\", \"kind\": \"stockout_risk\", \"severity\": \"critical\", \"title\": \"WHISKY-12 runs out in 5 days\", \"status\": \"pending\", \"attemptCount\": 2, \"reason\": \"HTTP 503\", \"createdAt\": \"2026-03-02T09:00:00Z\", \"dueAt\": \"2026-03-02T09:00:31Z\", \"deliveredAt\": null, \"attempts\": [{\"attempt\": 1, \"attemptedAt\": \"2026-03-02T09:00:01Z\", \"statusCode\": 503, \"tookMillis\": 412, \"outcome\": \"retry\", \"reason\": \"HTTP 503\"}, {\"attempt\": 2, \"attemptedAt\": \"2026-03-02T09:00:12Z\", \"statusCode\": 503, \"tookMillis\": 388, \"outcome\": \"retry\", \"reason\": \"HTTP 503\"}]}")))
	@ApiResponse(responseCode = "404", description = "No such delivery in this tenant")
	@ApiResponse(responseCode = "409", description = "The delivery is still pending")
	@PostMapping("/{deliveryId}/replay")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Access(role = Role.ADMIN)
	DeliveryEntry replay(@PathVariable UUID deliveryId) {
		String tenantId = this.tenantContext.currentTenantId();
		DeliveryEntry entry = this.log.find(tenantId, deliveryId)
			.orElseThrow(() -> ApiProblemException.notFound("No delivery " + deliveryId + " in this tenant"));
		if (!this.log.replay(tenantId, deliveryId, this.clock.instant())) {
			throw ApiProblemException.conflict("Delivery " + deliveryId + " is " + entry.status()
					+ "; only a delivered or failed delivery can be replayed");
		}
		return this.log.find(tenantId, deliveryId).orElseThrow();
	}

	/**
	 * One page of the log, newest first.
	 *
	 * @param deliveries the deliveries
	 * @param page the page number, from 0
	 * @param size the page size
	 */
	record DeliveryPage(List<DeliveryEntry> deliveries, int page, int size) {
	}

}
