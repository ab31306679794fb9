package io.sentia.auth.reset;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

@ExtendWith(OutputCaptureExtension.class)
class MailStandInTests {

	private static final String LINK = "POST /api/auth/v1/password-resets/live-token-abc123";

	@Test
	void logsTheWholeMailWithItsLinkOnlyUnderTheDevProfile(CapturedOutput output) {
		UUID user = UUID.randomUUID();
		standIn("dev").send("reset", user, "dev-" + user + "@example.test", "Reset", "Use " + LINK);

		assertThat(output.getOut()).contains("MAIL STAND-IN").contains("to=dev-" + user).contains(LINK);
	}

	@Test
	void logsOnlyTheKindAndTheUserIdOtherwise(CapturedOutput output) {
		UUID user = UUID.randomUUID();
		standIn("default").send("invitation", user, "other-" + user + "@example.test", "Invited", "Use " + LINK);

		assertThat(output.getOut()).contains("kind=invitation user=" + user)
			.doesNotContain("live-token-abc123")
			.doesNotContain("password-resets/")
			.doesNotContain("other-" + user + "@example.test");
	}

	@Test
	void refusesToStartUnderTheProdProfileForWantOfMailDelivery() {
		assertThatIllegalStateException().isThrownBy(() -> standIn("prod").afterPropertiesSet())
			.withMessageContaining("no delivery path")
			.withMessageContaining("notifications service will deliver account mail later");
		assertThatNoException().isThrownBy(() -> standIn("dev").afterPropertiesSet());
	}

	private static MailStandIn standIn(String profile) {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(profile);
		return new MailStandIn(environment);
	}

}
