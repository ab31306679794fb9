package io.sentia.auth;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page an account mail links to, opened and submitted as a person's browser does:
 * {@code GET} the link, then post its form with the page's CSRF token.
 */
public final class AccountLinkPage {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"");

	private final Browser browser;

	private final HttpResponse<String> page;

	private AccountLinkPage(Browser browser, HttpResponse<String> page) {
		this.browser = browser;
		this.page = page;
	}

	/**
	 * Opens a link in a browser.
	 * @param browser the browser
	 * @param pathOrUrl the link
	 * @return the page
	 */
	public static AccountLinkPage open(Browser browser, String pathOrUrl) {
		return new AccountLinkPage(browser, browser.get(pathOrUrl));
	}

	public HttpResponse<String> response() {
		return this.page;
	}

	/**
	 * Submits the page's form.
	 * @param fields what the person typed
	 * @return the answer, not followed
	 */
	public HttpResponse<String> submit(Map<String, String> fields) {
		Matcher csrf = CSRF.matcher(this.page.body());
		Matcher action = ACTION.matcher(this.page.body());
		if (!csrf.find() || !action.find()) {
			throw new IllegalStateException("No form on the page: " + this.page.body());
		}
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", csrf.group(1));
		return this.browser.send(HttpRequest.newBuilder(this.page.uri().resolve(action.group(1)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(Browser.form(form))));
	}

}
