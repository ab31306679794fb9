package io.sentia.events;

import java.util.List;

import com.networknt.schema.Error;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schemas reject what the architecture forbids, so they are worth validating against.
 */
class SchemaRulesTests {

	private static final EventType ORDERS = EventCatalogue.find(OrderUpserted.TYPE).orElseThrow();

	private static final EventType SYNC = EventCatalogue.find(SyncRunFinished.TYPE).orElseThrow();

	private static final EventType PAYMENTS = EventCatalogue.find(PaymentRecorded.TYPE).orElseThrow();

	@Test
	void rejectsAmountWrittenAsAJsonNumber() {
		ObjectNode order = order();
		((ObjectNode) order.get("total")).put("amount", 113.25);

		assertThat(errors(ORDERS, order)).anyMatch((error) -> error.getInstanceLocation().toString().contains("total"));
	}

	@Test
	void rejectsAmountInExponentNotation() {
		ObjectNode order = order();
		((ObjectNode) order.get("total")).put("amount", "1.1325E+2");

		assertThat(errors(ORDERS, order)).isNotEmpty();
	}

	@Test
	void rejectsLowerCaseCurrency() {
		ObjectNode order = order();
		((ObjectNode) order.get("total")).put("currency", "gbp");

		assertThat(errors(ORDERS, order)).isNotEmpty();
	}

	@Test
	void rejectsInstantThatIsNotAnIsoDateTime() {
		ObjectNode order = order();
		order.put("orderedAt", "2026-13-02T09:14:27Z");

		assertThat(errors(ORDERS, order))
			.anyMatch((error) -> error.getInstanceLocation().toString().contains("orderedAt"));
	}

	@Test
	void rejectsInstantWithALocalOffset() {
		ObjectNode order = order();
		order.put("orderedAt", "2026-03-02T10:14:27+01:00");

		assertThat(errors(ORDERS, order)).isNotEmpty();
	}

	@Test
	void rejectsMissingRequiredFieldAndUnknownField() {
		ObjectNode missing = order();
		missing.remove("tenantId");
		ObjectNode unknown = order();
		unknown.put("customerEmail", "someone@example.com");

		assertThat(errors(ORDERS, missing)).isNotEmpty();
		assertThat(errors(ORDERS, unknown)).isNotEmpty();
	}

	@Test
	void rejectsRoutingFactsInThePayload() {
		ObjectNode order = order();
		order.put("eventType", OrderUpserted.TYPE);

		assertThat(errors(ORDERS, order)).isNotEmpty();
	}

	@Test
	void rejectsUnknownOrderStatus() {
		ObjectNode order = order();
		order.put("status", "shipped");

		assertThat(errors(ORDERS, order)).isNotEmpty();
	}

	@Test
	void failedSyncRunWithoutErrorIsRejected() {
		ObjectNode run = (ObjectNode) EventSchemas.MAPPER.valueToTree(EventSamples.syncRun());
		run.put("outcome", "failed");
		run.putNull("error");

		assertThat(errors(SYNC, run)).isNotEmpty();
	}

	@Test
	void succeededSyncRunWithErrorIsRejected() {
		ObjectNode run = (ObjectNode) EventSchemas.MAPPER.valueToTree(EventSamples.syncRun());
		run.put("outcome", "succeeded");

		assertThat(errors(SYNC, run)).isNotEmpty();
	}

	@Test
	void rejectsNegativePaymentAmount() {
		ObjectNode payment = (ObjectNode) EventSchemas.MAPPER.valueToTree(EventSamples.payment());
		((ObjectNode) payment.get("amount")).put("amount", "-1000.00");

		assertThat(errors(PAYMENTS, payment)).isNotEmpty();
	}

	@Test
	void rejectsUnknownMemberRoleAndRepeatedRole() {
		EventType members = EventCatalogue.find(MemberChanged.TYPE).orElseThrow();
		ObjectNode unknown = (ObjectNode) EventSchemas.MAPPER.valueToTree(EventSamples.memberChanged());
		unknown.putArray("roles").add("OWNER");
		ObjectNode repeated = (ObjectNode) EventSchemas.MAPPER.valueToTree(EventSamples.memberChanged());
		repeated.putArray("roles").add("ADMIN").add("ADMIN");

		assertThat(errors(members, unknown)).isNotEmpty();
		assertThat(errors(members, repeated)).isNotEmpty();
	}

	@Test
	void rejectsAccountMailWithARelativeLinkOrUnknownKind() {
		EventType mail = EventCatalogue.find(AccountMailRequested.TYPE).orElseThrow();
		ObjectNode relative = (ObjectNode) EventSchemas.MAPPER.valueToTree(EventSamples.accountMail());
		relative.put("link", "/invitations/accept#token=x");
		ObjectNode unknownKind = (ObjectNode) EventSchemas.MAPPER.valueToTree(EventSamples.accountMail());
		unknownKind.put("kind", "newsletter");

		assertThat(errors(mail, relative)).isNotEmpty();
		assertThat(errors(mail, unknownKind)).isNotEmpty();
	}

	@Test
	void rejectsUnknownSuggestionStatus() {
		EventType suggestion = EventCatalogue.find(SuggestionStatusChanged.TYPE).orElseThrow();
		ObjectNode changed = (ObjectNode) EventSchemas.MAPPER.valueToTree(EventSamples.suggestionChanged());
		changed.put("status", "pending");

		assertThat(errors(suggestion, changed)).isNotEmpty();
	}

	private static ObjectNode order() {
		return (ObjectNode) EventSchemas.MAPPER.valueToTree(EventSamples.order());
	}

	private static List<Error> errors(EventType type, ObjectNode json) {
		return EventSchemas.validate(type, json);
	}

}
