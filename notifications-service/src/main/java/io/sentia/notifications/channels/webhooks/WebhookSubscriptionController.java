package io.sentia.notifications.channels.webhooks;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's partner webhook subscriptions: any user (and partners with
 * {@code webhooks.manage}) reads them; a MANAGER or ADMIN (or such a partner) creates,
 * changes, deletes, rotates the secret of, test-sends to and enables them again.
 */
@RestController
@RequestMapping("/api/notifications/v1/webhooks")
class WebhookSubscriptionController {

	static final String SCOPE = "webhooks.manage";

	private static final String SUBSCRIPTION_EXAMPLE = """
			{"id": "3f6b1c2a-8d4e-4f7a-9b0c-1d2e3f4a5b6c", "url": "https://erp.partner.example/hooks/sentia",
			 "eventTypes": ["alert.raised", "alert.resolved"], "description": "Stock alerts into our ERP",
			 "enabled": true, "createdBy": "5b0c…-manager", "createdAt": "2026-12-07T09:30:00Z",
			 "updatedAt": "2026-12-07T09:30:00Z"}""";

	private static final String CREATED_EXAMPLE = """
			{"id": "3f6b1c2a-8d4e-4f7a-9b0c-1d2e3f4a5b6c", "url": "https://erp.partner.example/hooks/sentia",
			 "eventTypes": ["alert.raised", "alert.resolved"], "description": "Stock alerts into our ERP",
			 "enabled": true, "createdBy": "5b0c…-manager", "createdAt": "2026-12-07T09:30:00Z",
			 "updatedAt": "2026-12-07T09:30:00Z", "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw3kH2bW9m0Ro="}""";

	private static final String DISABLED_EXAMPLE = """
			[{"id": "3f6b1c2a-8d4e-4f7a-9b0c-1d2e3f4a5b6c", "url": "https://erp.partner.example/hooks/sentia",
			  "eventTypes": ["*"], "enabled": false,
			  "disabledReason": "50 failed deliveries in a row, the last: the receiver answered 503",
			  "disabledAt": "2026-12-08T02:10:00Z", "createdBy": "5b0c…-manager",
			  "createdAt": "2026-12-07T09:30:00Z", "updatedAt": "2026-12-08T02:10:00Z"}]""";

	private final WebhookSubscriptions subscriptions;

	private final WebhookSender sender;

	private final TenantContext tenantContext;

	WebhookSubscriptionController(WebhookSubscriptions subscriptions, WebhookSender sender,
			TenantContext tenantContext) {
		this.subscriptions = subscriptions;
		this.sender = sender;
		this.tenantContext = tenantContext;
	}

	@PostMapping
	@Access(role = Role.MANAGER, scopes = SCOPE)
	@Operation(summary = "Subscribes a partner endpoint to event types",
			description = "The URL must be https in production and reach a public address (400 saying why "
					+ "otherwise). The answer carries the signing secret (whsec_…) this once: deliveries carry "
					+ "webhook-id, webhook-timestamp and webhook-signature as the Standard Webhooks specification "
					+ "says. Event types: alert.raised, alert.resolved, sync.failed, connection.paused, "
					+ "sync.quarantined, sync.recovered, suggestion.awaiting_approval, suggestion.approved, "
					+ "suggestion.rejected, channel.disabled, or * for all.")
	@ApiResponse(responseCode = "201", description = "Subscribed; the secret is never shown again",
			content = @Content(examples = @ExampleObject(value = CREATED_EXAMPLE)))
	ResponseEntity<WebhookAnswers.Created> create(@RequestBody(required = false) WebhookSubscriptionRequest request) {
		WebhookAnswers.Created created = this.subscriptions.create(tenant(),
				this.tenantContext.currentCaller().subject(), orEmpty(request));
		return ResponseEntity.created(URI.create("/api/notifications/v1/webhooks/" + created.subscription().id()))
			.body(created);
	}

	@GetMapping
	@Access(role = Role.VIEWER, scopes = SCOPE)
	@Operation(summary = "The tenant's webhook subscriptions, oldest first (never their secrets)")
	@ApiResponse(responseCode = "200", description = "The subscriptions; a disabled one says why",
			content = @Content(examples = @ExampleObject(value = DISABLED_EXAMPLE)))
	List<WebhookSubscription> list() {
		return this.subscriptions.all(tenant());
	}

	@GetMapping("/{id}")
	@Access(role = Role.VIEWER, scopes = SCOPE)
	@Operation(summary = "One webhook subscription")
	@ApiResponse(responseCode = "200", description = "The subscription",
			content = @Content(examples = @ExampleObject(value = SUBSCRIPTION_EXAMPLE)))
	WebhookSubscription one(@PathVariable("id") UUID id) {
		return this.subscriptions.find(tenant(), id);
	}

	@PatchMapping("/{id}")
	@Access(role = Role.MANAGER, scopes = SCOPE)
	@Operation(summary = "Changes a subscription's URL, event types or description",
			description = "Absent fields stay as they are; a new URL is checked like a new subscription's.")
	@ApiResponse(responseCode = "200", description = "The changed subscription",
			content = @Content(examples = @ExampleObject(value = SUBSCRIPTION_EXAMPLE)))
	WebhookSubscription update(@PathVariable("id") UUID id,
			@RequestBody(required = false) WebhookSubscriptionRequest request) {
		return this.subscriptions.update(tenant(), id, orEmpty(request));
	}

	@DeleteMapping("/{id}")
	@Access(role = Role.MANAGER, scopes = SCOPE)
	@Operation(summary = "Deletes a subscription and its secrets",
			description = "204 whether or not it was there: deleting is idempotent.")
	@ApiResponse(responseCode = "204", description = "Deleted, or was not there")
	ResponseEntity<Void> delete(@PathVariable("id") UUID id) {
		this.subscriptions.delete(tenant(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/rotate-secret")
	@Access(role = Role.MANAGER, scopes = SCOPE)
	@Operation(summary = "Rotates the signing secret",
			description = "The new secret (shown this once) signs from now on; the previous one signs too until "
					+ "previousValidUntil (24 h by default), so deliveries carry two signatures meanwhile and the "
					+ "receiver can switch over without losing one.")
	@ApiResponse(responseCode = "200", description = "The new secret",
			content = @Content(examples = @ExampleObject(value = """
					{"secret": "whsec_3kH2bW9m0RoMfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw=",
					 "previousValidUntil": "2026-12-08T09:30:00Z"}""")))
	WebhookAnswers.Rotated rotate(@PathVariable("id") UUID id) {
		return this.subscriptions.rotate(tenant(), id);
	}

	@PostMapping("/{id}/test")
	@Access(role = Role.MANAGER, scopes = SCOPE)
	@Operation(summary = "Sends a signed webhook.test event now and answers how it went",
			description = "Synchronous, one attempt, enabled or not; the receiver's status code and the time to "
					+ "its answer. 200 whatever the receiver said: outcome delivered, retry or rejected.")
	@ApiResponse(responseCode = "200", description = "How the test delivery went",
			content = @Content(examples = @ExampleObject(value = """
					{"outcome": "delivered", "status": 204, "responseTimeMs": 87,
					 "webhookId": "8e1f0c9a-2b3d-4e5f-8a7b-6c5d4e3f2a1b"}""")))
	WebhookAnswers.TestSend test(@PathVariable("id") UUID id) {
		return this.sender.test(tenant(), this.subscriptions.find(tenant(), id));
	}

	@PostMapping("/{id}/enable")
	@Access(role = Role.MANAGER, scopes = SCOPE)
	@Operation(summary = "Enables a subscription again after it was disabled for failing",
			description = "Deliveries go out again from now on.")
	@ApiResponse(responseCode = "200", description = "The enabled subscription",
			content = @Content(examples = @ExampleObject(value = SUBSCRIPTION_EXAMPLE)))
	WebhookSubscription enable(@PathVariable("id") UUID id) {
		return this.subscriptions.enable(tenant(), id);
	}

	private String tenant() {
		return this.tenantContext.currentTenantId();
	}

	private static WebhookSubscriptionRequest orEmpty(WebhookSubscriptionRequest request) {
		return (request != null) ? request : new WebhookSubscriptionRequest(null, null, null);
	}

}
