package io.sentia.analytics.fx;

import java.net.URI;
import java.time.Duration;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.analytics.tenants.TenantDirectory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The feed runs only when switched on, reads the ECB's daily file by default, and never
 * logs credentials or keys a configured address may carry.
 */
class FxConfigurationTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(FxConfiguration.class)
		.withBean(NamedParameterJdbcTemplate.class, () -> mock(NamedParameterJdbcTemplate.class))
		.withBean(TenantDirectory.class, () -> mock(TenantDirectory.class))
		.withBean(AnswerCache.class, () -> mock(AnswerCache.class))
		.withBean(TransactionOperations.class, TransactionOperations::withoutTransaction)
		.withBean(JsonMapper.class, () -> JsonMapper.builder().build());

	@Test
	void theFeedIsOffUnlessSwitchedOn() {
		this.context.run((context) -> {
			assertThat(context).hasSingleBean(FxConverter.class).doesNotHaveBean(ReferenceRateFeed.class);
			assertThat(context.getBean(FxFeedProperties.class).url())
				.isEqualTo(URI.create("https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml"));
		});
		this.context.withPropertyValues("sentia.analytics.fx.feed.enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(ReferenceRateFeed.class));
	}

	@Test
	void bindsTheFeedsSettingsAndShowsItsAddressWithoutSecrets() {
		this.context
			.withPropertyValues("sentia.analytics.fx.feed.enabled=true",
					"sentia.analytics.fx.feed.url=https://user:s3cret@rates.example.com:8443/daily.xml?key=k3y",
					"sentia.analytics.fx.feed.interval=PT1H", "sentia.analytics.fx.feed.timeout=5s")
			.run((context) -> {
				FxFeedProperties properties = context.getBean(FxFeedProperties.class);
				assertThat(properties.interval()).isEqualTo(Duration.ofHours(1));
				assertThat(properties.timeout()).isEqualTo(Duration.ofSeconds(5));
				assertThat(context.getBean(ReferenceRateFeed.class).shownUrl())
					.isEqualTo("https://rates.example.com:8443/daily.xml");
			});
	}

}
