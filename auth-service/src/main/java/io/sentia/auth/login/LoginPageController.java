package io.sentia.auth.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Renders the Sentia sign-in page with the reason the last attempt failed (wrong
 * credentials or locked, in the same words; throttled; deactivated) or a signed-out note.
 */
@Controller
class LoginPageController {

	@GetMapping(LoginSecurityConfiguration.LOGIN_PAGE)
	String signInPage(HttpServletRequest request, Model model) {
		if (request.getParameter("error") != null) {
			model.addAttribute("error", failureMessage(request.getSession(false)));
		}
		if (request.getParameter("signed-out") != null) {
			model.addAttribute("notice", "You have signed out.");
		}
		if (request.getParameter("password-set") != null) {
			model.addAttribute("notice", "Your new password is set. Sign in with it.");
		}
		if (request.getParameter("invitation-accepted") != null) {
			model.addAttribute("notice", "You have accepted the invitation. Sign in to start.");
		}
		return "login";
	}

	private static String failureMessage(HttpSession session) {
		Object failure = (session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
		if (failure instanceof AuthenticationException ex && ex.getMessage() != null) {
			return ex.getMessage();
		}
		return PasswordSignIn.BAD_CREDENTIALS;
	}

}
