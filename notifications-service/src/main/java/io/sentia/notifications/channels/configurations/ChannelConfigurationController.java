package io.sentia.notifications.channels.configurations;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's Slack and Teams configurations: any user reads the list (without URLs); a
 * MANAGER or ADMIN adds and deletes them.
 */
@RestController
@RequestMapping("/api/notifications/v1/channels")
class ChannelConfigurationController {

	private static final String CREATED_EXAMPLE = """
			{"id": "7d4c3f0e-2b1a-4c5d-9e8f-0a1b2c3d4e5f", "type": "slack", "name": "#ops-alerts",
			 "maskedUrl": "https://hooks.slack.com/…XXXX", "createdBy": "5b0c…-manager",
			 "createdAt": "2026-12-07T09:30:00Z"}""";

	private static final String LIST_EXAMPLE = """
			[{"id": "7d4c3f0e-2b1a-4c5d-9e8f-0a1b2c3d4e5f", "type": "slack", "name": "#ops-alerts",
			  "createdBy": "5b0c…-manager", "createdAt": "2026-12-07T09:30:00Z"},
			 {"id": "1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b", "type": "teams", "name": "Finance channel",
			  "createdBy": "5b0c…-admin", "createdAt": "2026-12-07T09:45:00Z"}]""";

	private final ChannelConfigurations configurations;

	private final TenantContext tenantContext;

	ChannelConfigurationController(ChannelConfigurations configurations, TenantContext tenantContext) {
		this.configurations = configurations;
		this.tenantContext = tenantContext;
	}

	@PostMapping
	@Access(role = Role.MANAGER)
	@Operation(summary = "Adds a Slack or Teams channel",
			description = "The URL is the channel's secret: it is checked (http(s), https only in production, no "
					+ "internal address), sealed at rest and never shown again; the answer carries a masked form "
					+ "once. A name is unique in the tenant: the same type, name and URL again is 200 with the one "
					+ "there is, another type or URL under the name 409.")
	@ApiResponse(responseCode = "201", description = "Added",
			content = @Content(schema = @Schema(implementation = ChannelConfiguration.class),
					examples = @ExampleObject(value = CREATED_EXAMPLE)))
	@ApiResponse(responseCode = "409", description = "The name is taken")
	ResponseEntity<ChannelConfiguration> create(@RequestBody(required = false) ChannelConfigurationRequest request) {
		ChannelConfigurationRequest body = (request != null) ? request
				: new ChannelConfigurationRequest(null, null, null);
		ChannelConfigurations.Saved saved = this.configurations.create(this.tenantContext.currentTenantId(),
				this.tenantContext.currentCaller().subject(), body);
		if (!saved.created()) {
			return ResponseEntity.ok(saved.configuration());
		}
		return ResponseEntity.created(URI.create("/api/notifications/v1/channels/" + saved.configuration().id()))
			.body(saved.configuration());
	}

	@GetMapping
	@Access(role = Role.VIEWER)
	@Operation(summary = "The tenant's Slack and Teams channels, by name (never their URLs)")
	@ApiResponse(responseCode = "200", description = "The channels",
			content = @Content(examples = @ExampleObject(value = LIST_EXAMPLE)))
	List<ChannelConfiguration> list() {
		return this.configurations.all(this.tenantContext.currentTenantId());
	}

	@DeleteMapping("/{id}")
	@Access(role = Role.MANAGER)
	@Operation(summary = "Deletes a Slack or Teams channel",
			description = "204 whether or not it was there: deleting is idempotent. Deliveries still waiting for "
					+ "it are rejected.")
	@ApiResponse(responseCode = "204", description = "Deleted, or was not there")
	ResponseEntity<Void> delete(@PathVariable("id") UUID id) {
		this.configurations.delete(this.tenantContext.currentTenantId(), id);
		return ResponseEntity.noContent().build();
	}

}
