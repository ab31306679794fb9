package io.sentia.analytics.workingcapital;

/**
 * A customer or supplier as the books name it.
 *
 * @param contactId the accounting system's contact id; items are grouped by it
 * @param name display name
 */
public record ContactRef(String contactId, String name) {

	public ContactRef {
		if (contactId == null || contactId.isBlank()) {
			throw new IllegalArgumentException("contactId is required");
		}
		if (name == null) {
			name = contactId;
		}
	}

}
