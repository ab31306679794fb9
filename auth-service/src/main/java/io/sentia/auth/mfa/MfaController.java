package io.sentia.auth.mfa;

import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's own TOTP second factor: enrol, confirm, remove. Users only (any
 * role); partner clients have no second factor. Answers carrying a secret or recovery
 * codes are marked {@code no-store}.
 */
@RestController
@RequestMapping(MfaController.PATH)
@Access(role = Role.VIEWER)
class MfaController {

	static final String PATH = "/api/auth/v1/me/mfa/totp";

	private final TotpFactor totp;

	private final TenantContext tenantContext;

	MfaController(TotpFactor totp, TenantContext tenantContext) {
		this.totp = totp;
		this.tenantContext = tenantContext;
	}

	@PostMapping
	ResponseEntity<TotpEnrolment> enrol() {
		return ResponseEntity.status(HttpStatus.CREATED)
			.cacheControl(CacheControl.noStore())
			.body(this.totp.enrol(this.tenantContext.currentCaller()));
	}

	@PostMapping("/confirm")
	ResponseEntity<RecoveryCodeSet> confirm(@Valid @RequestBody Code code) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(this.totp.confirm(this.tenantContext.currentCaller(), code.code()));
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void disable(@Valid @RequestBody Code code) {
		this.totp.disable(this.tenantContext.currentCaller(), code.code());
	}

	/**
	 * A code that proves the user holds the second factor.
	 *
	 * @param code a TOTP code, or (to remove the factor) a recovery code
	 */
	record Code(@NotBlank @Size(max = 40) String code) {
	}

}
