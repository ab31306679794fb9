package io.sentia.gateway.apidocs;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springdoc.core.properties.AbstractSwaggerUiConfigProperties.SwaggerUrl;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/**
 * One route per published document, {@code /v3/api-docs/<name>} to the service's own
 * {@code /v3/api-docs}, and Swagger UI ({@code /swagger-ui.html}) listing them. The
 * documents' {@code servers} are replaced by the gateway itself ({@code /}), so "try it
 * out" calls go through the door, never to a service's internal address.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiDocsProperties.class)
class ApiDocsConfiguration {

	static final String PATH = "/v3/api-docs/";

	private static final String SERVICE_DOCS = "/v3/api-docs";

	ApiDocsConfiguration(ApiDocsProperties properties, SwaggerUiConfigProperties swaggerUi) {
		Set<SwaggerUrl> urls = new LinkedHashSet<>();
		properties.services().forEach((name, service) -> {
			SwaggerUrl url = new SwaggerUrl();
			url.setName(name);
			url.setDisplayName(service);
			url.setUrl(PATH + name);
			urls.add(url);
		});
		swaggerUi.setUrls(urls);
	}

	@Bean
	RouteLocator apiDocsRoutes(RouteLocatorBuilder builder, ApiDocsProperties properties, JsonMapper json) {
		RouteLocatorBuilder.Builder routes = builder.routes();
		properties.services()
			.forEach((name, service) -> routes.route("api-docs-" + name,
					(spec) -> spec.path(PATH + name)
						.filters((filters) -> filters.removeRequestHeader(HttpHeaders.COOKIE)
							.setPath(SERVICE_DOCS)
							.modifyResponseBody(String.class, String.class,
									(exchange, document) -> Mono.justOrEmpty(throughTheGateway(json, document))))
						.metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, properties.timeout().toMillis())
						.uri("lb://" + service)));
		return routes.build();
	}

	/**
	 * The document with the gateway as its only server; anything that is not a JSON
	 * object (an error page) passes unchanged.
	 */
	static String throughTheGateway(JsonMapper json, String document) {
		if (document == null) {
			return null;
		}
		try {
			JsonNode parsed = json.readTree(document);
			if (!(parsed instanceof ObjectNode object) || !object.has("openapi")) {
				return document;
			}
			object.set("servers", json.valueToTree(List.of(Map.of("url", "/", "description", "Sentia gateway"))));
			return json.writeValueAsString(object);
		}
		catch (JacksonException ex) {
			return document;
		}
	}

}
