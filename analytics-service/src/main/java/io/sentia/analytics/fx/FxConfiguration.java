package io.sentia.analytics.fx;

import java.time.Clock;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.analytics.cache.CacheArea;
import io.sentia.analytics.tenants.TenantDirectory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Wires exchange rates: the rates table, the converter other packages use, the upload
 * and, when {@code sentia.analytics.fx.feed.enabled} is true, the reference-rate feed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FxFeedProperties.class)
class FxConfiguration {

	@Bean
	FxRateRepository fxRateRepository(NamedParameterJdbcTemplate jdbc) {
		return new FxRateRepository(jdbc);
	}

	@Bean
	FxConverter fxConverter(FxRateRepository repository, TenantDirectory tenants) {
		return new FxConverter(repository, tenants);
	}

	@Bean
	FxRateUpload fxRateUpload(JsonMapper jsonMapper) {
		return new FxRateUpload(jsonMapper);
	}

	@Bean
	@Profile(DemoRates.PROFILE)
	DemoRates demoRates(FxRateRepository repository, TenantDirectory tenants, ObjectProvider<Clock> clock,
			AnswerCache cache) {
		return new DemoRates(repository, tenants, clock.getIfAvailable(Clock::systemUTC),
				(tenant) -> cache.invalidate(tenant, CacheArea.FX));
	}

	@Bean
	@ConditionalOnBooleanProperty("sentia.analytics.fx.feed.enabled")
	ReferenceRateFeed referenceRateFeed(FxFeedProperties properties, FxRateRepository repository,
			TenantDirectory tenants, TransactionOperations transaction, ObjectProvider<Clock> clock,
			AnswerCache cache) {
		return new ReferenceRateFeed(properties, repository, tenants, transaction,
				clock.getIfAvailable(Clock::systemUTC), (tenant) -> cache.invalidate(tenant, CacheArea.FX));
	}

}
