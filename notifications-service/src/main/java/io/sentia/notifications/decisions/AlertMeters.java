package io.sentia.notifications.decisions;

import java.util.Locale;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.events.AlertRaised;
import io.sentia.notifications.rules.NotificationKinds;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the alerts raised that reach notifications as
 * {@code sentia.notifications.alerts} tagged {@code kind} and {@code severity}, once each
 * when the batch that handled it commits (a batch rolled back and redelivered is not
 * counted twice). A kind nobody configured is tagged {@code other}, so a producer cannot
 * grow the series without bound; no tag names a tenant.
 */
class AlertMeters {

	static final String METER = "sentia.notifications.alerts";

	static final String OTHER = "other";

	private final MeterRegistry meters;

	private final NotificationKinds kinds;

	AlertMeters(MeterRegistry meters, NotificationKinds kinds) {
		this.meters = meters;
		this.kinds = kinds;
		// Registered at zero, so a kind's first alert is an increase and the names are
		// exported before any alert arrived.
		for (String kind : Stream.concat(kinds.all().stream(), Stream.of(OTHER)).toList()) {
			for (AlertRaised.Severity severity : AlertRaised.Severity.values()) {
				counter(kind, severity);
			}
		}
	}

	/** Counts an alert handled in the current transaction, once it commits. */
	void raised(AlertRaised alert) {
		Counter counter = counter(this.kinds.known(alert.kind()) ? alert.kind() : OTHER, alert.severity());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					counter.increment();
				}

			});
		}
		else {
			counter.increment();
		}
	}

	private Counter counter(String kind, AlertRaised.Severity severity) {
		return Counter.builder(METER)
			.description("Alerts raised that notifications received, by kind and severity")
			.tag("kind", kind)
			.tag("severity", severity.name().toLowerCase(Locale.ROOT))
			.register(this.meters);
	}

}
