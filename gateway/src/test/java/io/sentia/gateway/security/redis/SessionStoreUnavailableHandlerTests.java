package io.sentia.gateway.security.redis;

import io.lettuce.core.RedisCommandTimeoutException;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

class SessionStoreUnavailableHandlerTests {

	@Test
	void recognisesRedisFailuresAnywhereInTheCauseChain() {
		assertThat(SessionStoreUnavailableHandler.isRedisFailure(new RedisConnectionFailureException("down"))).isTrue();
		assertThat(SessionStoreUnavailableHandler
			.isRedisFailure(new IllegalStateException(new RedisCommandTimeoutException("slow")))).isTrue();
	}

	@Test
	void leavesOtherFailuresAlone() {
		assertThat(SessionStoreUnavailableHandler
			.isRedisFailure(new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND))).isFalse();
	}

}
