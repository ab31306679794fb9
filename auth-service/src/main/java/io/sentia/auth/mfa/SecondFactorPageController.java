package io.sentia.auth.mfa;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The code page of browser sign-in for users with a second factor.
 */
@Controller
class SecondFactorPageController {

	private final SecondFactorSignIn signIn;

	SecondFactorPageController(SecondFactorSignIn signIn) {
		this.signIn = signIn;
	}

	@GetMapping(SecondFactorSignIn.CODE_PAGE)
	String codePage(HttpServletRequest request) {
		return (SecondFactorChallenge.of(request.getSession(false)) != null) ? "login-mfa" : "redirect:/login";
	}

	@PostMapping(SecondFactorSignIn.CODE_PAGE)
	@Nullable String submit(@RequestParam(name = "code", defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException, ServletException {
		return switch (this.signIn.submit(request, response, code.strip())) {
			case SIGNED_IN -> null;
			case WRONG_CODE -> {
				model.addAttribute("error",
						"The code is wrong, expired or already used. Try the code your app shows now.");
				yield "login-mfa";
			}
			case NO_CHALLENGE -> "redirect:/login";
			case EXPIRED -> "redirect:/login?mfa-expired";
			case ENDED -> "redirect:/login?mfa-failed";
		};
	}

}
