package io.sentia.auth.bootstrap;

import java.util.Set;
import java.util.UUID;

import io.sentia.auth.audit.AuditEntry;
import io.sentia.auth.client.PartnerClients;
import io.sentia.auth.tenant.NewTenant;
import io.sentia.auth.tenant.Tenant;
import io.sentia.auth.tenant.Tenants;
import io.sentia.auth.user.User;
import io.sentia.auth.user.Users;
import io.sentia.servicekit.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo tenant of the brief, created on a first start (no tenant yet) under the
 * {@code demo} profile only: Highland &amp; Harbour Spirits, one user per role with
 * documented development passwords, and the reporting partner client. Never together with
 * the prod profile ({@link ProductionSafety}).
 */
class DemoTenant {

	/** The profile that creates the demo tenant. */
	static final String PROFILE = "demo";

	static final UUID TENANT_ID = UUID.fromString("5e471a00-0000-4000-8000-000000000001");

	static final String PARTNER_CLIENT_ID = "highland-harbour-reporting";

	static final String PARTNER_SECRET = "demo-partner-secret-2026";

	private static final Logger log = LoggerFactory.getLogger(DemoTenant.class);

	/** Serialises first-start bootstraps of several instances (arbitrary fixed id). */
	private static final long BOOTSTRAP_LOCK = 0x5e471a00_64656d6fL;

	private final Tenants tenants;

	private final Users users;

	private final PartnerClients partnerClients;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	DemoTenant(Tenants tenants, Users users, PartnerClients partnerClients, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.tenants = tenants;
		this.users = users;
		this.partnerClients = partnerClients;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * Creates the demo tenant unless any tenant exists.
	 * @return whether it was created now
	 */
	boolean createIfNoTenant() {
		Boolean created = this.transactions.execute((status) -> {
			this.jdbc.sql("SELECT pg_advisory_xact_lock(:id)").param("id", BOOTSTRAP_LOCK).query((rs, row) -> 1).list();
			if (this.tenants.any()) {
				return false;
			}
			Tenant tenant = this.tenants.create(
					new NewTenant(TENANT_ID, "highland-harbour", "Highland & Harbour Spirits", "GBP", "Europe/London"),
					AuditEntry.system());
			for (Role role : Role.values()) {
				String name = role.name().toLowerCase(java.util.Locale.ROOT);
				User user = this.users.create(name + "@highland-harbour.example",
						"Demo " + Character.toUpperCase(name.charAt(0)) + name.substring(1), "demo-" + name + "-2026");
				this.users.grant(user.id(), tenant.id(), role);
			}
			this.partnerClients.register(PARTNER_CLIENT_ID, PARTNER_SECRET, tenant.id(), "Highland & Harbour reporting",
					Set.of("analytics.read", "forecasts.read", "integrations.read"), AuditEntry.system());
			return true;
		});
		if (Boolean.TRUE.equals(created)) {
			log.warn("Created the DEMO tenant 'Highland & Harbour Spirits' with documented development passwords "
					+ "(admin|manager|operator|viewer@highland-harbour.example); never use this in production");
		}
		return Boolean.TRUE.equals(created);
	}

}
