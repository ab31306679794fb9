package io.sentia.auth.invitation;

import java.util.List;
import java.util.UUID;

import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/auth/v1/me/invitations}: the signed-in user's open invitations into other
 * tenants, and accepting one.
 */
@RestController
@RequestMapping(MyInvitationsController.PATH)
@Access(role = Role.VIEWER)
class MyInvitationsController {

	static final String PATH = "/api/auth/v1/me/invitations";

	private final TenantInvitations invitations;

	private final TenantContext tenantContext;

	MyInvitationsController(TenantInvitations invitations, TenantContext tenantContext) {
		this.invitations = invitations;
		this.tenantContext = tenantContext;
	}

	@GetMapping
	@Operation(summary = "The caller's open invitations into tenants, newest first")
	List<MyInvitation> list() {
		return this.invitations.openFor(this.tenantContext.currentCaller());
	}

	@PostMapping("/{invitationId}/accept")
	@Operation(summary = "Accept one of the caller's invitations: the caller becomes a member with its role")
	@ApiResponse(responseCode = "204", description = "Accepted; the tenant is among the caller's memberships")
	@ApiResponse(responseCode = "404", description = "No such invitation of the caller")
	@ApiResponse(responseCode = "410", description = "Already accepted, or expired")
	ResponseEntity<Void> accept(@PathVariable("invitationId") UUID invitationId) {
		this.invitations.acceptAsUser(this.tenantContext.currentCaller(), invitationId);
		return ResponseEntity.noContent().build();
	}

}
