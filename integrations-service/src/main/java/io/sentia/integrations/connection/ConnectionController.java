package io.sentia.integrations.connection;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import io.sentia.integrations.connector.ConnectionCheck;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's tenant's connections. Reading: viewers and above, partners with
 * {@code integrations.read}; creating, changing, testing and deleting: operators and
 * above, partners with {@code integrations.write}. Credentials are write-only.
 */
@RestController
@RequestMapping("/api/integrations/v1/connections")
class ConnectionController {

	private final Connections connections;

	private final TenantContext tenant;

	ConnectionController(Connections connections, TenantContext tenant) {
		this.connections = connections;
		this.tenant = tenant;
	}

	@GetMapping
	@Access(role = Role.VIEWER, scopes = "integrations.read")
	List<ConnectionView> list() {
		return this.connections.list(this.tenant.currentTenantId());
	}

	@GetMapping("/{id}")
	@Access(role = Role.VIEWER, scopes = "integrations.read")
	ConnectionView get(@PathVariable UUID id) {
		return this.connections.get(this.tenant.currentTenantId(), id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Access(role = Role.OPERATOR, scopes = "integrations.write")
	ConnectionView create(@Valid @RequestBody NewConnection request) {
		return this.connections.create(this.tenant.currentTenantId(), request);
	}

	@PatchMapping("/{id}")
	@Access(role = Role.OPERATOR, scopes = "integrations.write")
	ConnectionView change(@PathVariable UUID id, @Valid @RequestBody ConnectionChange change) {
		return this.connections.change(this.tenant.currentTenantId(), id, change);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Access(role = Role.OPERATOR, scopes = "integrations.write")
	void delete(@PathVariable UUID id) {
		this.connections.delete(this.tenant.currentTenantId(), id);
	}

	@PostMapping("/{id}/test")
	@Access(role = Role.OPERATOR, scopes = "integrations.write")
	ConnectionCheck test(@PathVariable UUID id) {
		return this.connections.test(this.tenant.currentTenantId(), id);
	}

}
