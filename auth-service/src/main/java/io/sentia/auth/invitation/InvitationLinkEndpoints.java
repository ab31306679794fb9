package io.sentia.auth.invitation;

import io.sentia.servicekit.errors.ApiProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The public end of an invitation link: whoever holds its token accepts it once, setting
 * their first password if the account has none. Public (in
 * {@code sentia.security.public-paths}) and a router function for the same reasons as the
 * password-reset endpoints: it has no caller token.
 */
@Configuration(proxyBeanMethods = false)
class InvitationLinkEndpoints {

	static final String PATH = "/api/auth/v1/invitations";

	/** Longest token accepted; real ones have 43 characters. */
	private static final int MAX_TOKEN_LENGTH = 100;

	@Bean
	RouterFunction<ServerResponse> invitationLinkRoutes(TenantInvitations invitations) {
		return RouterFunctions.route().POST(PATH + "/{token}", (request) -> accept(invitations, request)).build();
	}

	private static ServerResponse accept(TenantInvitations invitations, ServerRequest request) throws Exception {
		String token = request.pathVariable("token");
		if (token.length() > MAX_TOKEN_LENGTH) {
			throw new ApiProblemException(HttpStatus.BAD_REQUEST, "invitation-invalid", "Invalid invitation",
					"This invitation link is not valid. Ask for a new invitation.");
		}
		boolean hasBody = request.headers().contentLength().orElse(0) > 0
				|| request.headers().contentType().isPresent();
		Acceptance body = hasBody ? request.body(Acceptance.class) : new Acceptance(null);
		invitations.acceptWithLink(token, body.newPassword());
		return ServerResponse.noContent().build();
	}

	/**
	 * The optional body of an acceptance.
	 *
	 * @param newPassword the first password, for a new account only
	 */
	record Acceptance(@Nullable String newPassword) {
	}

}
