package io.sentia.auth.admin;

import java.util.List;
import java.util.UUID;

import io.sentia.auth.invitation.PendingInvitation;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Members of the ADMIN's own tenant: list, invite (an invitation the person accepts),
 * change role, remove.
 */
@RestController
@RequestMapping(AdminUsersController.PATH)
@Access(role = Role.ADMIN)
class AdminUsersController {

	static final String PATH = "/api/auth/v1/admin/users";

	private final MemberAdministration administration;

	private final TenantContext tenantContext;

	AdminUsersController(MemberAdministration administration, TenantContext tenantContext) {
		this.administration = administration;
		this.tenantContext = tenantContext;
	}

	@GetMapping
	List<Member> list() {
		return this.administration.list(this.tenantContext.currentCaller());
	}

	@PostMapping
	@Operation(summary = "Invite a person into the caller's tenant",
			description = "Mails the person a single-use link; they become a member only when they accept it "
					+ "(or accept signed in, under /api/auth/v1/me/invitations). The answer is the same whether "
					+ "or not the address has a Sentia account.")
	@ApiResponse(responseCode = "202", description = "Invitation sent",
			content = @Content(schema = @Schema(implementation = PendingInvitation.class),
					examples = @ExampleObject(value = """
							{"invitationId": "0b9e0f6e-4f7a-4d0c-9a51-2f0d6c1e7a10", "email": "ana@example.com",
							 "role": "OPERATOR", "expiresAt": "2026-03-04T09:00:00Z"}""")))
	@ApiResponse(responseCode = "409", description = "Already a member of this tenant")
	ResponseEntity<PendingInvitation> invite(@Valid @RequestBody Invitation invitation) {
		return ResponseEntity.accepted()
			.body(this.administration.invite(this.tenantContext.currentCaller(), invitation));
	}

	@PatchMapping("/{userId}")
	ResponseEntity<Member> change(@PathVariable("userId") UUID userId, @RequestBody MemberChange change) {
		return this.administration.change(this.tenantContext.currentCaller(), userId, change)
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

}
