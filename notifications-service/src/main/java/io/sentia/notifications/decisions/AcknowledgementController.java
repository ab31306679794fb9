package io.sentia.notifications.decisions;

import java.time.Clock;
import java.util.UUID;

import io.sentia.notifications.decisions.Acknowledgements.Acknowledgement;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Caller;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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

	@Operation(summary = "Acknowledges a notification",
			description = "OPERATOR and up. Acknowledges its whole episode for everyone it reached: reminders and escalation stop; who and when are recorded (the first acknowledgement stands).")
	@ApiResponse(responseCode = "200", description = "Acknowledges a notification",
			content = @Content(mediaType = "application/json", examples = @ExampleObject(
					value = "{\"notificationId\": \"9e2d7c1b-3a4f-4e5d-8c6b-7a8f9e0d1c2b\", \"acknowledgedBy\": \"4f1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f\", \"acknowledgedAt\": \"2026-03-02T09:14:05Z\"}")))
	@ApiResponse(responseCode = "404", description = "No such notification in this tenant")
	@PostMapping("/api/notifications/v1/notifications/{notificationId}/acknowledge")
	@Access(role = Role.OPERATOR)
	Acknowledgement acknowledge(@PathVariable UUID notificationId) {
		Caller caller = this.tenantContext.currentCaller();
		return this.transaction
			.execute((status) -> this.acknowledgements.acknowledge(caller.tenantId(), notificationId, caller.subject(),
					this.clock.instant()))
			.orElseThrow(() -> ApiProblemException.notFound("No notification " + notificationId + " in this tenant"));
	}

	@Operation(summary = "Acknowledges with the token of a message's acknowledge link",
			description = "Any signed-in member: the web app's page /notifications/acknowledge?token=... posts the token. The link acknowledges once; opened again it shows who acknowledged and when.")
	@ApiResponse(responseCode = "200", description = "Acknowledges with the token of a message's acknowledge link",
			content = @Content(mediaType = "application/json", examples = @ExampleObject(
					value = "{\"notificationId\": \"9e2d7c1b-3a4f-4e5d-8c6b-7a8f9e0d1c2b\", \"acknowledgedBy\": \"4f1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f\", \"acknowledgedAt\": \"2026-03-02T09:14:05Z\"}")))
	@ApiResponse(responseCode = "400", description = "The token is missing or malformed")
	@ApiResponse(responseCode = "404", description = "No such token in this tenant")
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
