package io.sentia.auth.admin;

import java.util.List;
import java.util.UUID;

import io.sentia.auth.audit.AuditEntry;
import io.sentia.auth.audit.AuditedActions;
import io.sentia.auth.client.IssuedClientSecret;
import io.sentia.auth.client.PartnerClient;
import io.sentia.auth.client.PartnerClients;
import io.sentia.servicekit.security.Caller;

import org.springframework.stereotype.Service;

/**
 * What an ADMIN may do to their tenant's partner clients. {@link PartnerClients} does the
 * work and audits success; refusals (an unknown scope, another tenant's client, a revoked
 * client) are audited here.
 */
@Service
public class ClientAdministration {

	private final PartnerClients partnerClients;

	private final AuditedActions actions;

	ClientAdministration(PartnerClients partnerClients, AuditedActions actions) {
		this.partnerClients = partnerClients;
		this.actions = actions;
	}

	public List<PartnerClient> list(Caller caller) {
		return this.partnerClients.list(tenant(caller));
	}

	public ClientCredentials create(Caller caller, NewPartnerClient request) {
		AuditEntry attempt = AuditedActions.byCaller(caller, "client.created")
			.withDetail("scopes", String.join(" ", request.scopes().stream().sorted().toList()));
		return this.actions.perform(attempt, () -> {
			IssuedClientSecret issued = this.partnerClients.create(tenant(caller), request.name().strip(),
					request.scopes(), attempt.actor());
			return ClientCredentials.of(issued,
					this.partnerClients.find(tenant(caller), issued.clientId()).orElseThrow());
		});
	}

	public ClientCredentials rotateSecret(Caller caller, String clientId) {
		AuditEntry attempt = AuditedActions.byCaller(caller, "client.secret_rotated").withTarget("client", clientId);
		return this.actions.perform(attempt, () -> {
			IssuedClientSecret issued = this.partnerClients.rotateSecret(tenant(caller), clientId, attempt.actor());
			return ClientCredentials.of(issued, this.partnerClients.find(tenant(caller), clientId).orElseThrow());
		});
	}

	public PartnerClient revoke(Caller caller, String clientId) {
		AuditEntry attempt = AuditedActions.byCaller(caller, "client.revoked").withTarget("client", clientId);
		return this.actions.perform(attempt,
				() -> this.partnerClients.revoke(tenant(caller), clientId, attempt.actor()));
	}

	private static UUID tenant(Caller caller) {
		return UUID.fromString(caller.tenantId());
	}

}
