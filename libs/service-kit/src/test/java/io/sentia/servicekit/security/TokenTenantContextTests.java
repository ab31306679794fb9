package io.sentia.servicekit.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The tenant and caller come from the verified token of the current thread, and there is
 * no fallback tenant.
 */
class TokenTenantContextTests {

	private static final String TENANT = "5e471a00-0000-4000-8000-000000000001";

	private final TokenTenantContext context = new TokenTenantContext();

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void refusesToAnswerWithoutAuthentication() {
		assertThatExceptionOfType(AuthenticationCredentialsNotFoundException.class)
			.isThrownBy(this.context::currentTenantId);
	}

	@Test
	void refusesToAnswerForAnAuthenticationThatIsNotAVerifiedToken() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("someone", "pw", "ROLE_ADMIN"));

		assertThatExceptionOfType(AuthenticationCredentialsNotFoundException.class)
			.isThrownBy(this.context::currentCaller);
	}

	@Test
	void describesAUserByTheirHighestKnownRole() {
		authenticate(jwt().claim("principal_type", "user")
			.claim("roles", List.of("VIEWER", "SUPERUSER", "MANAGER"))
			.claim("email", "manager@highland-harbour.example")
			.claim("scope", List.of("openid", "profile")));

		assertThat(this.context.currentCaller()).isEqualTo(new Caller("user-1", TENANT, Role.MANAGER,
				Set.of("openid", "profile"), PrincipalType.USER, "manager@highland-harbour.example"));
		assertThat(this.context.currentTenantId()).isEqualTo(TENANT);
	}

	@Test
	void describesAPartnerByItsScopesWithoutRoleOrEmail() {
		authenticate(jwt().claim("principal_type", "client")
			.claim("roles", List.of("ADMIN"))
			.claim("email", "x@example.com")
			.claim("scope", "analytics.read forecasts.read"));

		Caller caller = this.context.currentCaller();
		assertThat(caller.type()).isEqualTo(PrincipalType.CLIENT);
		assertThat(caller.role()).isNull();
		assertThat(caller.email()).isNull();
		assertThat(caller.scopes()).containsExactlyInAnyOrder("analytics.read", "forecasts.read");
	}

	private static Jwt.Builder jwt() {
		return Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("user-1")
			.claim("tenant_id", TENANT)
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(300));
	}

	private static void authenticate(Jwt.Builder jwt) {
		SecurityContextHolder.getContext().setAuthentication(new CallerAuthenticationConverter().convert(jwt.build()));
	}

}
