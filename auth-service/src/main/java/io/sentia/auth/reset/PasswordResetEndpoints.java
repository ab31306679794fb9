package io.sentia.auth.reset;

import io.sentia.servicekit.errors.ApiProblemException;
import jakarta.servlet.ServletException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The two public password-reset endpoints: anyone may ask (always 202, whoever the
 * address belongs to), and whoever holds a token may use it once. Their paths are in
 * {@code sentia.security.public-paths}.
 * <p>
 * They are router functions rather than {@code @Access}-annotated controller methods on
 * purpose: the service kit's {@code @Access} check requires a token for every controller
 * method under {@code /api/**}, and these two are the API's only endpoints without a
 * caller. Keeping them apart also keeps them out of the token-based security matrix,
 * which would otherwise expect 401 without a token.
 */
@Configuration(proxyBeanMethods = false)
class PasswordResetEndpoints {

	static final String PATH = "/api/auth/v1/password-resets";

	/** Longest token accepted; real ones have 43 characters. */
	private static final int MAX_TOKEN_LENGTH = 100;

	private static final int MAX_EMAIL_LENGTH = 320;

	@Bean
	RouterFunction<ServerResponse> passwordResetRoutes(PasswordResets passwordResets) {
		return RouterFunctions.route()
			.POST(PATH, (request) -> requestReset(passwordResets, request))
			.POST(PATH + "/{token}", (request) -> complete(passwordResets, request))
			.build();
	}

	private static ServerResponse requestReset(PasswordResets passwordResets, ServerRequest request)
			throws ServletException, java.io.IOException {
		ResetRequest body = request.body(ResetRequest.class);
		if (body.email() == null || body.email().isBlank()) {
			throw ApiProblemException.invalidField("email", "must not be blank");
		}
		if (body.email().length() > MAX_EMAIL_LENGTH) {
			throw ApiProblemException.invalidField("email", "must be at most " + MAX_EMAIL_LENGTH + " characters long");
		}
		passwordResets.request(body.email());
		return ServerResponse.status(HttpStatus.ACCEPTED).build();
	}

	private static ServerResponse complete(PasswordResets passwordResets, ServerRequest request)
			throws ServletException, java.io.IOException {
		String token = request.pathVariable("token");
		if (token.length() > MAX_TOKEN_LENGTH) {
			throw new ApiProblemException(HttpStatus.BAD_REQUEST, "reset-token-invalid", "Invalid password token",
					"This password token is not valid. Ask for a new password reset.");
		}
		NewPassword body = request.body(NewPassword.class);
		if (body.newPassword() == null) {
			throw ApiProblemException.invalidField("newPassword", "must not be null");
		}
		passwordResets.complete(token, body.newPassword());
		return ServerResponse.noContent().build();
	}

	/**
	 * A reset request.
	 *
	 * @param email the account's e-mail address
	 */
	record ResetRequest(String email) {
	}

	/**
	 * The password to set.
	 *
	 * @param newPassword the new password
	 */
	record NewPassword(String newPassword) {
	}

}
