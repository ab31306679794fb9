package io.sentia.auth.mfa;

import java.util.List;

/**
 * The recovery codes of a user, shown once when the second factor is switched on; each
 * works once, in place of a TOTP code.
 *
 * @param recoveryCodes the codes
 */
public record RecoveryCodeSet(List<String> recoveryCodes) {

	public RecoveryCodeSet {
		recoveryCodes = List.copyOf(recoveryCodes);
	}

	@Override
	public String toString() {
		return "RecoveryCodeSet[" + this.recoveryCodes.size() + " codes]";
	}

}
