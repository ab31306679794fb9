package io.sentia.analytics.outlook.shortfall;

import java.time.Clock;

import io.sentia.analytics.outlook.CashOutlooks;
import io.sentia.analytics.outlook.DataFingerprint;
import io.sentia.analytics.tenants.TenantDirectory;
import io.sentia.servicekit.outbox.OutboxPublisher;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Wires the cash shortfall watch.
 */
@Configuration(proxyBeanMethods = false)
class ShortfallConfiguration {

	@Bean
	ShortfallStateRepository shortfallStateRepository(JdbcClient jdbc) {
		return new ShortfallStateRepository(jdbc);
	}

	@Bean
	ShortfallWatch shortfallWatch(TenantDirectory tenants, CashOutlooks outlooks, DataFingerprint fingerprint,
			ShortfallStateRepository states, OutboxPublisher outbox, TransactionOperations transaction,
			ObjectProvider<Clock> clock) {
		return new ShortfallWatch(tenants, outlooks, fingerprint, states, outbox, transaction,
				clock.getIfAvailable(Clock::systemUTC));
	}

}
