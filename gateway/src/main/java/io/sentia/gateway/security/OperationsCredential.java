package io.sentia.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The operations credential ({@code sentia.operations.*}, HTTP basic): the one monitoring
 * and runbooks use for the gateway's metrics and detailed health, and the services for
 * their {@code /actuator/prometheus}.
 *
 * @param user the user name (env {@code SENTIA_OPERATIONS_USER})
 * @param password the password (env {@code SENTIA_OPERATIONS_PASSWORD})
 */
@Validated
@ConfigurationProperties("sentia.operations")
public record OperationsCredential(@DefaultValue("operations") @NotBlank String user,
		@DefaultValue(OperationsCredential.DEVELOPMENT_PASSWORD) @NotBlank String password) {

	/** The development default, refused under the prod profile. */
	public static final String DEVELOPMENT_PASSWORD = "sentia-operations-dev-secret";

	/** The authority a caller holding the credential gets. */
	public static final String AUTHORITY = "ROLE_OPERATIONS";

	/**
	 * Whether these are the credential, compared in constant time.
	 * @param user the presented user
	 * @param password the presented password
	 * @return true when both match
	 */
	public boolean matches(String user, String password) {
		// Both compared always (no short circuit), digests of equal length.
		boolean userMatches = MessageDigest.isEqual(digest(this.user), digest(user));
		boolean passwordMatches = MessageDigest.isEqual(digest(this.password), digest(password));
		return userMatches & passwordMatches;
	}

	private static byte[] digest(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "OperationsCredential[user=" + this.user + ", password=******]";
	}

}
