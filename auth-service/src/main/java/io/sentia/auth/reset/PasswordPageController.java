package io.sentia.auth.reset;

import io.sentia.auth.accountmail.AccountMail;
import io.sentia.auth.accountmail.LinkPages;
import io.sentia.servicekit.errors.ApiProblemException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page a password-reset (or first-password) mail links to: a form for the new
 * password, twice. The token stays in the page's own path and is never put in a log, a
 * problem or a redirect; the page tells browsers to send no referrer, so following a link
 * from it does not pass the token on. A refused password shows the rule it breaks and
 * keeps the token usable; a used or expired token says to ask for a new reset.
 */
@Controller
class PasswordPageController {

	static final String PAGE = AccountMail.RESET_PAGE + "{token}";

	private static final String TEMPLATE = "login-password";

	/** Longest token accepted; real ones have 43 characters. */
	private static final int MAX_TOKEN_LENGTH = 100;

	private final PasswordResets resets;

	PasswordPageController(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping(PAGE)
	String page(@PathVariable String token, HttpServletResponse response, Model model) {
		response.setHeader("Referrer-Policy", "no-referrer");
		model.addAttribute("token", token);
		return TEMPLATE;
	}

	@PostMapping(PAGE)
	String submit(@PathVariable String token, @RequestParam(defaultValue = "") String newPassword,
			@RequestParam(defaultValue = "") String confirmPassword, HttpServletResponse response, Model model) {
		response.setHeader("Referrer-Policy", "no-referrer");
		model.addAttribute("token", token);
		if (token.length() > MAX_TOKEN_LENGTH) {
			return refused(response, model, HttpStatus.BAD_REQUEST,
					"This password link is not valid. Ask for a new password reset.", false);
		}
		if (!newPassword.equals(confirmPassword)) {
			return refused(response, model, HttpStatus.BAD_REQUEST,
					"The two passwords are different. Type the same new password twice.", true);
		}
		try {
			this.resets.complete(token, newPassword);
		}
		catch (ApiProblemException ex) {
			boolean tokenStillUsable = ex.getStatus() == HttpStatus.BAD_REQUEST
					&& !"reset-token-invalid".equals(typeName(ex));
			return refused(response, model, ex.getStatus(), LinkPages.inWords(ex), tokenStillUsable);
		}
		return "redirect:/login?password-set";
	}

	private static String refused(HttpServletResponse response, Model model, HttpStatus status, String message,
			boolean formStays) {
		response.setStatus(status.value());
		model.addAttribute("error", message);
		model.addAttribute("formStays", formStays);
		return TEMPLATE;
	}

	private static String typeName(ApiProblemException ex) {
		String type = ex.getType().toString();
		return type.substring(type.lastIndexOf('/') + 1);
	}

}
