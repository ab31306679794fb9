package io.sentia.gateway.security.redis;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.Delay;
import io.sentia.gateway.security.EdgeSecurityProperties;

import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseCookie;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * Redis must never hold a request up: commands fail at once while the connection is down
 * (instead of queueing until their timeout), every command has the timeout of
 * {@code spring.data.redis.timeout}, and reconnect attempts back off to at most 2 s so
 * Redis is used again soon after it returns.
 */
@Configuration(proxyBeanMethods = false)
class RedisClientConfiguration {

	@Bean
	LettuceClientOptionsBuilderCustomizer failFastWhileDisconnected() {
		return (options) -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.autoReconnect(true)
			.timeoutOptions(TimeoutOptions.enabled());
	}

	@Bean
	ClientResourcesBuilderCustomizer shortReconnectDelay() {
		return (resources) -> resources
			.reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(2), 2, TimeUnit.MILLISECONDS));
	}

	/**
	 * The browser session cookie: {@code SENTIA_SESSION}, HttpOnly, SameSite=Lax (sent on
	 * the top-level redirect back from auth-service, not on cross-site posts), Secure
	 * when configured.
	 */
	@Bean
	WebSessionIdResolver webSessionIdResolver(EdgeSecurityProperties properties) {
		EdgeSecurityProperties.SessionCookie cookie = properties.security().sessionCookie();
		CookieWebSessionIdResolver resolver = new CookieWebSessionIdResolver();
		resolver.setCookieName(cookie.name());
		resolver.addCookieInitializer((ResponseCookie.ResponseCookieBuilder builder) -> builder.httpOnly(true)
			.sameSite("Lax")
			.secure(cookie.secure())
			.path("/"));
		return resolver;
	}

}
