package io.sentia.gateway.security.login;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.mock.web.server.MockWebSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class SingleFlightAuthorizedClientManagerTests {

	private final AtomicInteger authorizations = new AtomicInteger();

	private final Sinks.One<OAuth2AuthorizedClient> refreshed = Sinks.one();

	private final ReactiveOAuth2AuthorizedClientManager slowRefresh = (request) -> Mono.defer(() -> {
		this.authorizations.incrementAndGet();
		return this.refreshed.asMono();
	});

	private Instant now = Instant.parse("2026-11-22T08:00:00Z");

	private final SingleFlightAuthorizedClientManager manager = new SingleFlightAuthorizedClientManager(
			this.slowRefresh, new Clock() {
				@Override
				public Instant instant() {
					return SingleFlightAuthorizedClientManagerTests.this.now;
				}

				@Override
				public java.time.ZoneId getZone() {
					return ZoneOffset.UTC;
				}

				@Override
				public Clock withZone(java.time.ZoneId zone) {
					return this;
				}
			});

	@Test
	void concurrentCallsOfOneSessionRefreshOnce() {
		MockWebSession session = new MockWebSession();
		Mono<OAuth2AuthorizedClient> first = this.manager.authorize(request(session));
		Mono<OAuth2AuthorizedClient> second = this.manager.authorize(request(session));
		first.subscribe();
		second.subscribe();

		assertThat(this.authorizations).hasValue(1);
	}

	@Test
	void anotherSessionRefreshesOnItsOwn() {
		this.manager.authorize(request(new MockWebSession())).subscribe();
		this.manager.authorize(request(new MockWebSession())).subscribe();

		assertThat(this.authorizations).hasValue(2);
	}

	@Test
	void aCallAfterTheSharingWindowAuthorizesAgain() {
		MockWebSession session = new MockWebSession();
		this.manager.authorize(request(session)).subscribe();
		this.now = this.now.plus(SingleFlightAuthorizedClientManager.SHARED_FOR).plusSeconds(1);
		this.manager.authorize(request(session)).subscribe();

		assertThat(this.authorizations).hasValue(2);
	}

	private static OAuth2AuthorizeRequest request(MockWebSession session) {
		ServerWebExchange exchange = MockServerWebExchange.builder(MockServerHttpRequest.get("/api/me"))
			.session(session)
			.build();
		return OAuth2AuthorizeRequest.withClientRegistrationId("sentia")
			.principal(new TestingAuthenticationToken("user", "n/a"))
			.attribute(ServerWebExchange.class.getName(), exchange)
			.build();
	}

}
