package io.sentia.gateway.security.headers;

import java.time.Duration;
import java.util.List;

import io.sentia.gateway.security.EdgeSecurityProperties;
import io.sentia.gateway.security.ratelimit.RateLimitHeaders;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Only the configured SPA origins may call with credentials (the session cookie); any
 * other origin's preflight and cross-origin request is refused with 403.
 */
@Configuration(proxyBeanMethods = false)
class CorsConfiguration {

	@Bean
	CorsConfigurationSource corsConfigurationSource(EdgeSecurityProperties properties) {
		org.springframework.web.cors.CorsConfiguration cors = new org.springframework.web.cors.CorsConfiguration();
		cors.setAllowedOrigins(properties.cors().allowedOrigins());
		cors.setAllowCredentials(true);
		cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
		cors.setAllowedHeaders(List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT, "X-XSRF-TOKEN", "X-Requested-With",
				"traceparent"));
		cors.setExposedHeaders(List.of(RateLimitHeaders.LIMIT, RateLimitHeaders.REMAINING, HttpHeaders.RETRY_AFTER,
				HttpHeaders.LOCATION));
		cors.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", cors);
		return source;
	}

}
