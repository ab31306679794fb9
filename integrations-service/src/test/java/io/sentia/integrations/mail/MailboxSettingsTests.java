package io.sentia.integrations.mail;

import java.util.Map;
import java.util.UUID;

import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.Provider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The allow-list of senders: exact addresses and exact domains, case-insensitive; a look-
 * alike domain, a subdomain, a display name or no sender at all is not allowed.
 */
class MailboxSettingsTests {

	@Test
	void allowsListedAddressesAndDomainsOnly() {
		MailboxSettings settings = settings("Orders@Supplier.example; @harbour-supplier.example , ops@other.example");

		assertThat(settings.allowsSender("orders@supplier.example")).isTrue();
		assertThat(settings.allowsSender("ORDERS@SUPPLIER.EXAMPLE")).isTrue();
		assertThat(settings.allowsSender("anyone@harbour-supplier.example")).isTrue();
		assertThat(settings.allowsSender("sales@supplier.example")).as("only the listed address").isFalse();
		assertThat(settings.allowsSender("a@mail.harbour-supplier.example")).as("subdomain").isFalse();
		assertThat(settings.allowsSender("a@harbour-supplier.example.evil")).as("look-alike").isFalse();
		assertThat(settings.allowsSender("a@evilharbour-supplier.example")).as("suffix").isFalse();
		assertThat(settings.allowsSender("")).isFalse();
		assertThat(settings.allowsSender(null)).isFalse();
	}

	@Test
	void allowsNobodyWithoutTheSetting() {
		assertThat(settings(null).allowedSenders()).isEmpty();
		assertThat(settings(null).allowsSender("orders@supplier.example")).isFalse();
	}

	@Test
	void refusesAnEntryThatIsNeitherAnAddressNorADomainNamingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> MailboxSettings.allowedSenders("supplier.example"))
			.withMessageContaining("'supplier.example'")
			.withMessageContaining("allowedSenders");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MailboxSettings.allowedSenders("orders@supplier.example, @"))
			.withMessageContaining("'@'");
	}

	private static MailboxSettings settings(String allowedSenders) {
		Map<String, String> settings = (allowedSenders != null) ? Map.of("allowedSenders", allowedSenders) : Map.of();
		return MailboxSettings.of(new ConnectionSpec(UUID.randomUUID(), "t", Provider.MAIL, "uploads@example.com", "UK",
				"Mail", settings));
	}

}
