package io.sentia.integrations.demo;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo profile never runs in production: with {@code prod} active too, start-up fails
 * and says which profile to remove.
 */
class DemoProfileGuardTests {

	@Test
	void refusesToStartWithTheDemoAndProdProfilesTogether() {
		new ApplicationContextRunner().withPropertyValues("spring.profiles.active=prod,demo")
			.withUserConfiguration(DemoConfiguration.class)
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(IllegalStateException.class)
					.hasMessageContaining("'demo' profile is active together with 'prod'")
					.hasMessageContaining("SPRING_PROFILES_ACTIVE");
			});
	}

	@Test
	void leavesTheDemoSourceOutUnderProdAlone() {
		new ApplicationContextRunner().withPropertyValues("spring.profiles.active=prod")
			.withUserConfiguration(DemoConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(DemoConfiguration.class);
			});
	}

}
