package io.sentia.integrations.credential;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Key rotation for the platform operator: re-wraps every credential data key under the
 * current key-encryption key. Only {@link PlatformSecurityConfiguration}'s chain reaches
 * it (scope {@code platform.admin}).
 */
@RestController
class CredentialRewrapController {

	private static final Logger log = LoggerFactory.getLogger(CredentialRewrapController.class);

	private final EncryptedCredentialVault vault;

	CredentialRewrapController(EncryptedCredentialVault vault) {
		this.vault = vault;
	}

	@PostMapping("/platform/integrations/v1/credentials:rewrap")
	RewrapReport rewrap(@AuthenticationPrincipal Jwt jwt) {
		RewrapReport report = this.vault.rewrap();
		log.info("Platform client {} re-wrapped {} credential data keys under {} ({} already were, {} failed)",
				jwt.getSubject(), report.rewrapped(), report.kekId(), report.alreadyCurrent(), report.failed().size());
		return report;
	}

}
