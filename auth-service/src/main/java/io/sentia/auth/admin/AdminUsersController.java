package io.sentia.auth.admin;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
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
 * Members of the ADMIN's own tenant: list, invite, change role, remove.
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
	ResponseEntity<Member> invite(@Valid @RequestBody Invitation invitation) {
		Member member = this.administration.invite(this.tenantContext.currentCaller(), invitation);
		return ResponseEntity.created(URI.create(PATH + "/" + member.userId())).body(member);
	}

	@PatchMapping("/{userId}")
	ResponseEntity<Member> change(@PathVariable("userId") UUID userId, @RequestBody MemberChange change) {
		return this.administration.change(this.tenantContext.currentCaller(), userId, change)
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

}
