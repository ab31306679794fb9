package io.sentia.integrations.credential;

import java.util.List;

/**
 * What re-wrapping the data keys did. Retire the previous key-encryption key only when
 * {@code failed} is empty.
 *
 * @param kekId the current key-encryption key's id
 * @param rewrapped data keys moved from an older key to the current one
 * @param alreadyCurrent data keys the current key already wrapped
 * @param failed secrets whose data key opened with no known key
 * ({@code connection/name: reason}), left as they were
 */
public record RewrapReport(String kekId, long rewrapped, long alreadyCurrent, List<String> failed) {

	public RewrapReport {
		failed = List.copyOf(failed);
	}

}
