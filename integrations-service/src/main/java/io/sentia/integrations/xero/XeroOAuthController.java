package io.sentia.integrations.xero;

import java.util.UUID;

import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Connecting a Xero organisation: an operator asks for the authorize link of a Xero
 * connection, the user consents at Xero, and Xero redirects the browser to the public
 * callback, which needs no token because the single-use state names the tenant and
 * connection.
 */
@RestController
class XeroOAuthController {

	private final XeroAuthorizations authorizations;

	private final TenantContext tenant;

	XeroOAuthController(XeroAuthorizations authorizations, TenantContext tenant) {
		this.authorizations = authorizations;
		this.tenant = tenant;
	}

	@GetMapping("/api/integrations/v1/connections/{id}/xero/authorize")
	@Access(role = Role.OPERATOR, scopes = "integrations.write")
	XeroAuthorizations.AuthorizeLink authorize(@PathVariable UUID id) {
		return this.authorizations.start(this.tenant.currentTenantId(), id);
	}

	@GetMapping("/oauth/xero/callback")
	ResponseEntity<String> callback(@RequestParam(required = false) String code,
			@RequestParam(required = false) String state, @RequestParam(required = false) String error) {
		XeroAuthorizations.Connected connected = this.authorizations.complete(state, code, error);
		// A problem+json answers failures; success is a page, since a browser lands here.
		return ResponseEntity.ok()
			.contentType(MediaType.TEXT_HTML)
			.body("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Xero connected</title></head>"
					+ "<body><h1>Xero connected</h1><p>" + HtmlUtils.htmlEscape(connected.displayName())
					+ " now reads the books of " + HtmlUtils.htmlEscape(connected.organisationName())
					+ ".</p><p>You can close this window.</p></body></html>");
	}

}
