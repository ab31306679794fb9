package io.sentia.auth.invitation;

import java.util.Optional;

import io.sentia.auth.accountmail.AccountMail;
import io.sentia.auth.accountmail.LinkPages;
import io.sentia.auth.invitation.TenantInvitations.LinkView;
import io.sentia.servicekit.errors.ApiProblemException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page an invitation mail links to: which organisation invites, with which role, and
 * an accept button; someone new to Sentia chooses their first password on it too. As on
 * the password page, the token stays in the page's own path and no referrer leaves it.
 */
@Controller
class InvitationPageController {

	static final String PAGE = AccountMail.INVITATION_PAGE + "{token}";

	private static final String TEMPLATE = "login-invitation";

	private static final String UNUSABLE = "This invitation link is not valid any more: it was used, it expired or it"
			+ " was withdrawn. Ask the person who invited you for a new invitation.";

	/** Longest token accepted; real ones have 43 characters. */
	private static final int MAX_TOKEN_LENGTH = 100;

	private final TenantInvitations invitations;

	InvitationPageController(TenantInvitations invitations) {
		this.invitations = invitations;
	}

	@GetMapping(PAGE)
	String page(@PathVariable String token, HttpServletResponse response, Model model) {
		response.setHeader("Referrer-Policy", "no-referrer");
		Optional<LinkView> invitation = view(token);
		if (invitation.isEmpty()) {
			response.setStatus(HttpStatus.GONE.value());
			model.addAttribute("error", UNUSABLE);
			return TEMPLATE;
		}
		model.addAttribute("token", token);
		model.addAttribute("invitation", invitation.get());
		return TEMPLATE;
	}

	@PostMapping(PAGE)
	String accept(@PathVariable String token, @RequestParam(required = false) @Nullable String newPassword,
			@RequestParam(required = false) @Nullable String confirmPassword, HttpServletResponse response,
			Model model) {
		response.setHeader("Referrer-Policy", "no-referrer");
		Optional<LinkView> invitation = view(token);
		if (invitation.isEmpty()) {
			response.setStatus(HttpStatus.GONE.value());
			model.addAttribute("error", UNUSABLE);
			return TEMPLATE;
		}
		model.addAttribute("token", token);
		model.addAttribute("invitation", invitation.get());
		String password = invitation.get().passwordSet() ? null : (newPassword != null) ? newPassword : "";
		if (password != null && !password.equals(confirmPassword)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", "The two passwords are different. Type the same new password twice.");
			return TEMPLATE;
		}
		try {
			this.invitations.acceptWithLink(token, password);
		}
		catch (ApiProblemException ex) {
			response.setStatus(ex.getStatus().value());
			model.addAttribute("error", LinkPages.inWords(ex));
			return TEMPLATE;
		}
		return "redirect:/login?invitation-accepted";
	}

	private Optional<LinkView> view(String token) {
		return (token.length() > MAX_TOKEN_LENGTH) ? Optional.empty() : this.invitations.linkView(token);
	}

}
