package io.sentia.auth.mfa;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recovery codes are ten distinct random codes of a fixed, recognisable shape, and their
 * hash does not depend on how the user types them.
 */
class RecoveryCodesTests {

	@Test
	void generatesTenDistinctCodesOfFourGroupsOfFour() {
		List<String> codes = RecoveryCodes.generate();
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		assertThat(codes).allMatch((code) -> code.matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}"));
		assertThat(codes).allMatch(RecoveryCodes::looksLikeRecoveryCode);
	}

	@Test
	void generatesDifferentCodesEachTime() {
		HashSet<String> seen = new HashSet<>();
		for (int i = 0; i < 20; i++) {
			seen.addAll(RecoveryCodes.generate());
		}
		assertThat(seen).hasSize(200);
	}

	@Test
	void hashIgnoresCaseSpacesAndDashes() {
		assertThat(RecoveryCodes.hash("ABCD-EFGH-2345-67AB")).isEqualTo(RecoveryCodes.hash("abcd efgh 2345 67ab"))
			.isEqualTo(RecoveryCodes.hash("abcdefgh234567ab"))
			.isNotEqualTo(RecoveryCodes.hash("abcdefgh234567ac"));
	}

	@Test
	void tellsRecoveryCodesFromTotpCodes() {
		assertThat(RecoveryCodes.looksLikeRecoveryCode("123456")).isFalse();
		assertThat(RecoveryCodes.looksLikeRecoveryCode("abcd-efgh-2345-67a")).isFalse();
		assertThat(RecoveryCodes.looksLikeRecoveryCode("abcd-efgh-2345-67a1")).isFalse();
		assertThat(RecoveryCodes.looksLikeRecoveryCode("Abcd-efgh-2345-67ab")).isTrue();
	}

}
