package io.sentia.analytics.outlook.shortfall;

import java.time.Clock;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import io.sentia.analytics.cash.CashOutlook;
import io.sentia.analytics.cash.CashOutlookEngine;
import io.sentia.analytics.cash.shortfall.ShortfallAlert;
import io.sentia.analytics.cash.shortfall.ShortfallDecision;
import io.sentia.analytics.cash.shortfall.ShortfallMonitor;
import io.sentia.analytics.outlook.CashOutlooks;
import io.sentia.analytics.outlook.DataFingerprint;
import io.sentia.analytics.tenants.Tenant;
import io.sentia.analytics.tenants.TenantDirectory;
import io.sentia.events.AlertResolved;
import io.sentia.servicekit.outbox.OutboxPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Every {@code sentia.analytics.cash.shortfall-check-interval} (one minute by default),
 * for each active tenant whose outlook data changed since it last looked (or whose day
 * turned), recomputes the outlook, asks {@link ShortfallMonitor} with the stored open
 * episode, stores the decision and, when an episode opens, writes its {@code AlertRaised}
 * to the outbox in the same transaction: one alert per episode, never one per
 * recomputation, even with several instances (an advisory lock per tenant). When the
 * episode ends it writes one {@link AlertResolved} with the same dedup key and alert id.
 * <p>
 * The alert id is derived from the tenant and the episode's dedup key (a name-based
 * UUID), so the resolution names the alert without storing its id.
 */
public class ShortfallWatch {

	private static final Logger log = LoggerFactory.getLogger(ShortfallWatch.class);

	private final TenantDirectory tenants;

	private final CashOutlooks outlooks;

	private final DataFingerprint fingerprint;

	private final ShortfallStateRepository states;

	private final OutboxPublisher outbox;

	private final TransactionOperations transaction;

	private final Clock clock;

	ShortfallWatch(TenantDirectory tenants, CashOutlooks outlooks, DataFingerprint fingerprint,
			ShortfallStateRepository states, OutboxPublisher outbox, TransactionOperations transaction, Clock clock) {
		this.tenants = tenants;
		this.outlooks = outlooks;
		this.fingerprint = fingerprint;
		this.states = states;
		this.outbox = outbox;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Checks every active tenant; one tenant's failure does not stop the others. */
	@Scheduled(fixedDelayString = "${sentia.analytics.cash.shortfall-check-interval:PT1M}",
			initialDelayString = "${sentia.analytics.cash.shortfall-check-interval:PT1M}")
	public void checkAll() {
		for (Tenant tenant : this.tenants.active()) {
			try {
				check(tenant);
			}
			catch (RuntimeException ex) {
				log.warn("Cash shortfall check of tenant {} failed; trying again next time", tenant.tenantId(), ex);
			}
		}
	}

	/**
	 * Checks one tenant.
	 * @param tenant the tenant
	 * @return the decision, or empty when its data and day are as last seen
	 */
	public Optional<ShortfallDecision> check(Tenant tenant) {
		return Optional.ofNullable(this.transaction.execute((status) -> {
			String tenantId = tenant.tenantId();
			this.states.lock(tenantId);
			LocalDate asOf = this.outlooks.today(tenant);
			String data = this.fingerprint.of(tenantId);
			ShortfallStateRepository.State state = this.states.find(tenantId).orElse(null);
			if (state != null && state.fingerprint().equals(data) && state.asOf().equals(asOf)) {
				return null;
			}
			CashOutlook outlook = CashOutlookEngine.project(this.outlooks.input(tenantId, asOf).input());
			Instant now = this.clock.instant();
			ShortfallDecision decision = ShortfallMonitor.assess(outlook, (state != null) ? state.episode() : null,
					now);
			decision.alert()
				.ifPresent(
						(alert) -> this.outbox.publish(alert.toEvent(tenantId, alertId(tenantId, alert.dedupKey()))));
			if (decision instanceof ShortfallDecision.Ended ended) {
				String dedupKey = ended.episode().dedupKey();
				this.outbox
					.publish(new AlertResolved(tenantId, alertId(tenantId, dedupKey), ShortfallAlert.KIND, dedupKey,
							"Cash no longer falls below the minimum of " + outlook.currency() + " "
									+ outlook.minimumCash().toPlainString() + " in any week of the outlook",
							ShortfallAlert.SOURCE, now));
			}
			this.states.save(tenantId, data, asOf, decision, now);
			return decision;
		}));
	}

	/**
	 * The id of an episode's alert: the same for its {@code AlertRaised} and its
	 * {@link AlertResolved}, different for every episode (the key holds the time it
	 * opened).
	 * @param tenantId the tenant
	 * @param dedupKey the episode's key
	 * @return a name-based UUID
	 */
	static String alertId(String tenantId, String dedupKey) {
		return UUID.nameUUIDFromBytes((tenantId + ":" + dedupKey).getBytes(StandardCharsets.UTF_8)).toString();
	}

}
