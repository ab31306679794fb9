package io.sentia.gateway.webapp;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.function.server.support.RouterFunctionMapping;

/**
 * Serves the web app after everything else had its chance: the mapping is the last one
 * asked, so routes to the services, the sign-in door and the gateway's own endpoints
 * always win, and only a request nobody else answers reaches the app.
 */
@Configuration(proxyBeanMethods = false)
class WebAppConfiguration {

	/** Where the {@code web} module packages its build. */
	static final String LOCATION = "sentia-web/";

	@Bean
	RouterFunctionMapping webAppMapping(ServerCodecConfigurer codecs) {
		WebApp app = new WebApp(new ClassPathResource(LOCATION));
		RouterFunctionMapping mapping = new RouterFunctionMapping(app.routes());
		mapping.setMessageReaders(codecs.getReaders());
		mapping.setOrder(Ordered.LOWEST_PRECEDENCE);
		return mapping;
	}

}
