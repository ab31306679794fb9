package io.sentia.servicekit.security;

import org.junit.jupiter.api.Test;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A higher role includes every lower one, in the enum and in Spring Security's hierarchy.
 */
class RoleTests {

	@Test
	void includesItselfAndEveryLowerRoleOnly() {
		assertThat(Role.ADMIN.includes(Role.VIEWER)).isTrue();
		assertThat(Role.MANAGER.includes(Role.OPERATOR)).isTrue();
		assertThat(Role.OPERATOR.includes(Role.OPERATOR)).isTrue();
		assertThat(Role.OPERATOR.includes(Role.MANAGER)).isFalse();
		assertThat(Role.VIEWER.includes(Role.OPERATOR)).isFalse();
	}

	@Test
	void givesSpringSecurityTheSameHierarchy() {
		RoleHierarchy hierarchy = ResourceServerAutoConfiguration.sentiaRoleHierarchy();

		assertThat(AuthorityUtils.authorityListToSet(
				hierarchy.getReachableGrantedAuthorities(AuthorityUtils.createAuthorityList("ROLE_MANAGER"))))
			.containsExactlyInAnyOrder("ROLE_MANAGER", "ROLE_OPERATOR", "ROLE_VIEWER");
		assertThat(AuthorityUtils.authorityListToSet(
				hierarchy.getReachableGrantedAuthorities(AuthorityUtils.createAuthorityList("ROLE_VIEWER"))))
			.containsExactly("ROLE_VIEWER");
	}

}
