package io.sentia.auth.admin;

import java.net.URI;
import java.util.List;

import io.sentia.auth.client.PartnerClient;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partner clients of the ADMIN's own tenant: list, create, rotate the secret, revoke.
 * Answers that carry a secret are marked {@code no-store}, so no cache keeps one.
 */
@RestController
@RequestMapping(AdminClientsController.PATH)
@Access(role = Role.ADMIN)
class AdminClientsController {

	static final String PATH = "/api/auth/v1/admin/clients";

	private final ClientAdministration administration;

	private final TenantContext tenantContext;

	AdminClientsController(ClientAdministration administration, TenantContext tenantContext) {
		this.administration = administration;
		this.tenantContext = tenantContext;
	}

	@GetMapping
	List<PartnerClient> list() {
		return this.administration.list(this.tenantContext.currentCaller());
	}

	@PostMapping
	ResponseEntity<ClientCredentials> create(@Valid @RequestBody NewPartnerClient request) {
		ClientCredentials credentials = this.administration.create(this.tenantContext.currentCaller(), request);
		return ResponseEntity.created(URI.create(PATH + "/" + credentials.clientId()))
			.cacheControl(CacheControl.noStore())
			.body(credentials);
	}

	@PostMapping("/{clientId}/secret")
	ResponseEntity<ClientCredentials> rotateSecret(@PathVariable("clientId") String clientId) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(this.administration.rotateSecret(this.tenantContext.currentCaller(), clientId));
	}

	@DeleteMapping("/{clientId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable("clientId") String clientId) {
		this.administration.revoke(this.tenantContext.currentCaller(), clientId);
	}

}
