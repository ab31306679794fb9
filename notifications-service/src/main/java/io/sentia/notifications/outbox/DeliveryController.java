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
