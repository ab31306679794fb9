package io.sentia.notifications.decisions;

import java.time.Clock;
import java.util.UUID;

import io.sentia.notifications.decisions.Acknowledgements.Acknowledgement;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Caller;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;

import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Acknowledging a notification: by id (OPERATORs and up, who run day-to-day operations),
 * or with the single-use token of the link in the message (any signed-in member of the
 * tenant: holding the link shows it reached them). Either stops reminders and escalation
 * of the whole episode and records who and when.
 */
@RestController
class AcknowledgementController {

	private final Acknowledgements acknowledgements;

	private final TenantContext tenantContext;

	private final TransactionOperations transaction;

	private final Clock clock;

	AcknowledgementController(Acknowledgements acknowledgements, TenantContext tenantContext,
			TransactionOperations transaction, Clock clock) {
		this.acknowledgements = acknowledgements;
		this.tenantContext = tenantContext;
		this.transaction = transaction;
		this.clock = clock;
	}

	@PostMapping("/api/notifications/v1/notifications/{notificationId}/acknowledge")
	@Access(role = Role.OPERATOR)
	Acknowledgement acknowledge(@PathVariable UUID notificationId) {
		Caller caller = this.tenantContext.currentCaller();
		return this.transaction
			.execute((status) -> this.acknowledgements.acknowledge(caller.tenantId(), notificationId, caller.subject(),
					this.clock.instant()))
			.orElseThrow(() -> ApiProblemException.notFound("No notification " + notificationId + " in this tenant"));
	}

	@PostMapping("/api/notifications/v1/acknowledgements")
	@Access(role = Role.VIEWER)
	Acknowledgement acknowledgeWithToken(@RequestBody TokenRequest request) {
		if (request.token() == null || request.token().isBlank() || request.token().length() > 128) {
			throw ApiProblemException.invalidField("token", "must be the token of an acknowledge link");
		}
		Caller caller = this.tenantContext.currentCaller();
		return this.transaction
			.execute((status) -> this.acknowledgements.acknowledgeWithToken(caller.tenantId(), request.token(),
					caller.subject(), this.clock.instant()))
			.orElseThrow(() -> ApiProblemException.notFound("This acknowledge link is unknown"));
	}

	/**
	 * The token of an acknowledge link.
	 *
	 * @param token the {@code token} query parameter of the link
	 */
	record TokenRequest(String token) {
	}

}
