package io.sentia.gateway.webapp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sentia.gateway.StubbedPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web app as the {@code web} module built it, served by the real gateway: the
 * signed-in caller here presents a token (the app's files do not care how the caller
 * signed in; the browser's session door is {@code LoginFlowTests}').
 */
class WebAppTests extends StubbedPlatform {

	private static final Pattern ENTRY_SCRIPT = Pattern
		.compile("<script type=\"module\"[^>]* src=\"(/assets/[^\"]+\\.js)\"");

	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");

	private static String index;

	private static String entryScript;

	@BeforeAll
	static void readTheBuiltApp() throws IOException {
		index = new ClassPathResource(WebAppConfiguration.LOCATION + "index.html")
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher script = ENTRY_SCRIPT.matcher(index);
		assertThat(script.find()).as("index.html names its entry script under /assets/").isTrue();
		entryScript = script.group(1);
	}

	@Test
	void servesTheAppAtRootRevalidatedOnEveryVisit() {
		EntityExchangeResult<String> page = page("/");

		assertThat(page.getResponseHeaders().getCacheControl()).isEqualTo("no-cache");
		assertThat(page.getResponseHeaders().getContentType())
			.isEqualTo(MediaType.parseMediaType("text/html;charset=UTF-8"));
		assertThat(page.getResponseBody()).isEqualTo(index).contains("<div id=\"root\">");
	}

	@Test
	void keepsTheStrictContentSecurityPolicyWhichTheAppNeedsNoInlineScriptFor() {
		EntityExchangeResult<String> page = page("/");

		String csp = page.getResponseHeaders().getFirst("Content-Security-Policy");
		assertThat(csp).isEqualTo("default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
		assertThat(INLINE_SCRIPT.matcher(page.getResponseBody()).find()).as("an inline script in index.html").isFalse();
	}

	@Test
	void cachesHashedAssetsForAYear() {
		this.anonymous.get()
			.uri(entryScript)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.cacheControl(WebApp.IMMUTABLE)
			.expectHeader()
			.valueMatches(HttpHeaders.CACHE_CONTROL,
					"(?=.*\\bpublic\\b)(?=.*\\bmax-age=31536000\\b)(?=.*\\bimmutable\\b).*")
			.expectHeader()
			.contentTypeCompatibleWith("text/javascript");
	}

	@Test
	void answersClientSideRoutesWithTheApp() {
		EntityExchangeResult<String> page = page("/cash/scenarios?week=3");

		assertThat(page.getResponseBody()).isEqualTo(index);
		assertThat(page.getResponseHeaders().getCacheControl()).isEqualTo("no-cache");
	}

	@Test
	void sendsAPageNavigationWithoutASessionToSignIn() {
		this.anonymous.get()
			.uri("/sales")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/oauth2/authorization/sentia");
	}

	@Test
	void leavesUnknownApiPathsAProblemEvenForABrowser() {
		this.gateway.get()
			.uri("/api/nothing-here/v1/things")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void answersAMissingAssetWithANotFoundProblemNotTheApp() {
		this.anonymous.get()
			.uri("/assets/index-missing.js")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void answersAFileOrAScriptsFetchWithANotFoundProblemNotTheApp() {
		this.gateway.get().uri("/robots.txt").accept(MediaType.TEXT_HTML).exchange().expectStatus().isNotFound();
		this.gateway.get()
			.uri("/cash")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void keepsTheRoutesToTheServices() {
		this.gateway.get()
			.uri("/api/analytics/v1/sales")
			.accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("analytics-service");
	}

	@Test
	void keepsTheSignInDoorAtAuthService() {
		this.anonymous.get().uri("/login").accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk();

		assertThat(service("auth-service").hits("/login")).hasSize(1);
	}

	private EntityExchangeResult<String> page(String path) {
		return this.gateway.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML, MediaType.ALL)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
	}

}
