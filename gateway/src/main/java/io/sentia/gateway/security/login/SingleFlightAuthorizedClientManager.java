package io.sentia.gateway.security.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.web.server.ServerWebExchange;

/**
 * One token refresh per session at a time. auth-service rotates refresh tokens and treats
 * a second use of a rotated one as theft, revoking the whole family; an SPA that fires
 * several calls just as the access token nears expiry would otherwise refresh once per
 * call and log its user out. Concurrent calls of one session share one authorization, and
 * calls that loaded the session just before the refresh was saved get its result for a
 * short while instead of refreshing again with the old token.
 */
final class SingleFlightAuthorizedClientManager implements ReactiveOAuth2AuthorizedClientManager {

	/** Shorter than the refresh skew (60 s), so a shared access token is never stale. */
	static final Duration SHARED_FOR = Duration.ofSeconds(10);

	private static final int SWEEP_ABOVE = 1_000;

	private final ReactiveOAuth2AuthorizedClientManager delegate;

	private final Clock clock;

	private final Map<String, Flight> flights = new ConcurrentHashMap<>();

	SingleFlightAuthorizedClientManager(ReactiveOAuth2AuthorizedClientManager delegate, Clock clock) {
		this.delegate = delegate;
		this.clock = clock;
	}

	@Override
	public Mono<OAuth2AuthorizedClient> authorize(OAuth2AuthorizeRequest request) {
		ServerWebExchange exchange = request.getAttribute(ServerWebExchange.class.getName());
		if (exchange == null) {
			return this.delegate.authorize(request);
		}
		return exchange.getSession().flatMap((session) -> {
			String key = session.getId() + ":" + request.getClientRegistrationId();
			Instant now = this.clock.instant();
			sweep(now);
			return this.flights.compute(key, (k, current) -> (current != null && current.sharedUntil().isAfter(now))
					? current : new Flight(this.delegate.authorize(request).cache(), now.plus(SHARED_FOR)))
				.result();
		});
	}

	private void sweep(Instant now) {
		if (this.flights.size() > SWEEP_ABOVE) {
			this.flights.values().removeIf((flight) -> !flight.sharedUntil().isAfter(now));
		}
	}

	private record Flight(Mono<OAuth2AuthorizedClient> result, Instant sharedUntil) {
	}

}
