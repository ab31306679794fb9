package io.sentia.gateway.webapp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The single-page app's files. Vite names every file under {@code /assets/} after a hash
 * of its content, so a browser may keep them for a year without asking again;
 * {@code index.html} names the current ones, so it is revalidated on every visit. A page
 * navigation (a GET that accepts {@code text/html}) to a path that is neither an API, a
 * sign-in path nor a file is one of the app's own routes and gets {@code index.html}; the
 * app's router shows the page (or its own "not found").
 */
final class WebApp {

	static final String ASSETS = "/assets/**";

	static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	static final CacheControl REVALIDATE = CacheControl.noCache();

	/**
	 * Paths that belong to the APIs, the sign-in door, the gateway's endpoints or the
	 * providers: an unknown one is a 404 problem, never the app.
	 */
	private static final List<PathPattern> NOT_THE_APP = List
		.of("/api/**", "/assets/**", "/oauth2/**", "/oauth/**", "/login/**", "/logout/**", "/connect/**", "/userinfo",
				"/.well-known/**", "/auth-assets/**", "/webhooks/**", "/actuator/**", "/health/**", "/metrics",
				"/v3/**", "/swagger-ui/**", "/webjars/**", "/_gateway/**", "/bench/**")
		.stream()
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	private final Resource root;

	private final Resource index;

	WebApp(Resource root) {
		this.root = root;
		this.index = relative(root, "index.html");
	}

	RouterFunction<ServerResponse> routes() {
		RouterFunction<ServerResponse> assets = RouterFunctions.resources(ASSETS, relative(this.root, "assets/"),
				(resource, headers) -> headers.setCacheControl(IMMUTABLE));
		return assets.and(RouterFunctions.route(this::isPageNavigation, (request) -> index()));
	}

	private Mono<ServerResponse> index() {
		if (!this.index.isReadable()) {
			// Built without the web module: the gateway still routes, the app is missing.
			return ServerResponse.notFound().build();
		}
		return ServerResponse.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(REVALIDATE)
			.bodyValue(this.index);
	}

	private boolean isPageNavigation(ServerRequest request) {
		if (!HttpMethod.GET.equals(request.method()) && !HttpMethod.HEAD.equals(request.method())) {
			return false;
		}
		if (!acceptsHtml(request)) {
			return false;
		}
		PathContainer path = request.requestPath().pathWithinApplication();
		if (NOT_THE_APP.stream().anyMatch((pattern) -> pattern.matches(path))) {
			return false;
		}
		String value = path.value();
		String last = value.substring(value.lastIndexOf('/') + 1);
		return !last.contains(".");
	}

	/**
	 * Explicitly, not through a wildcard: a browser's navigation, not a script's fetch.
	 */
	private static boolean acceptsHtml(ServerRequest request) {
		return request.headers()
			.accept()
			.stream()
			.anyMatch((type) -> !type.isWildcardType() && type.isCompatibleWith(MediaType.TEXT_HTML));
	}

	private static Resource relative(Resource root, String path) {
		try {
			return root.createRelative(path);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot resolve " + path + " under " + root, ex);
		}
	}

}
