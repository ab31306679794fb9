package io.sentia.servicekit.testapp;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Functional endpoints, which cannot carry {@code @Access}: one on a public path, one on
 * a protected path (which must stay closed).
 */
@Configuration(proxyBeanMethods = false)
class FunctionalTestRoutes {

	@Bean
	RouterFunction<ServerResponse> openAndClosedFunctions() {
		return RouterFunctions.route()
			.GET("/api/test/open/ping", (request) -> ServerResponse.ok().body("pong"))
			.GET("/api/test/functional", (request) -> ServerResponse.ok().body("leaked"))
			.build();
	}

}
