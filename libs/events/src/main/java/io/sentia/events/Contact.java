package io.sentia.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A customer or supplier as the accounting system names it.
 *
 * @param contactId the accounting system's contact id
 * @param name display name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Contact(String contactId, String name) {

	public Contact {
		Invariants.requiredText(contactId, "contact.contactId");
		Invariants.requiredText(name, "contact.name");
	}

}
