package io.sentia.integrations.xero;

import java.util.UUID;

import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Caller;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Connecting a Xero organisation: an operator asks for the authorize link of a Xero
 * connection, the user consents at Xero, and Xero redirects the browser to the callback.
 * The callback is public for the filter chain (Xero's redirect carries no token of ours)
 * but needs the signed-in browser's token, which the gateway relays: the single-use state
 * names the tenant, connection and user, and only that user may complete it.
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
		Caller caller = this.tenant.currentCaller();
		return this.authorizations.start(caller.tenantId(), caller.subject(), id);
	}

	@GetMapping("/oauth/xero/callback")
	ResponseEntity<String> callback(@RequestParam(required = false) String code,
			@RequestParam(required = false) String state, @RequestParam(required = false) String error) {
		Caller caller = signedIn();
		XeroAuthorizations.Connected connected = this.authorizations.complete(state, code, error, caller.tenantId(),
				caller.subject());
		// A problem+json answers failures; success is a page, since a browser lands here.
		return ResponseEntity.ok()
			.contentType(MediaType.TEXT_HTML)
			.body("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Xero connected</title></head>"
					+ "<body><h1>Xero connected</h1><p>" + HtmlUtils.htmlEscape(connected.displayName())
					+ " now reads the books of " + HtmlUtils.htmlEscape(connected.organisationName())
					+ ".</p><p>You can close this window.</p></body></html>");
	}

	/** The browser's user, or a 401 before the state is looked at. */
	private Caller signedIn() {
		try {
			return this.tenant.currentCaller();
		}
		catch (AuthenticationCredentialsNotFoundException ex) {
			throw new ApiProblemException(HttpStatus.UNAUTHORIZED, "xero-sign-in-required", "Sign in to Sentia first",
					"completing a Xero connection needs the Sentia user who started it, signed in in this browser;"
							+ " sign in and start again from the authorize link");
		}
	}

}
