package io.sentia.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.sentia.events.ForecastPublished.Interval;
import io.sentia.events.ForecastPublished.Point;
import org.junit.jupiter.api.Test;

import static io.sentia.events.EventSamples.TENANT;
import static io.sentia.events.EventSamples.gbp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Malformed events fail where they are built, with a message naming the field. */
class EventInvariantsTests {

	private static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");

	@Test
	void orderEntityIdIsSourceStoreAndOrderIdAndKeyAddsTheTenant() {
		OrderUpserted order = EventSamples.order();

		assertThat(order.entityId()).isEqualTo("shopify:highland-harbour-uk:5731224862872");
		assertThat(order.key()).isEqualTo(TENANT + ":shopify:highland-harbour-uk:5731224862872");
	}

	@Test
	void orderRejectsMissingTenant() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OrderUpserted(" ", "1", "shopify", "shopify", "UK", "uk", "open", NOW, NOW, "GBP",
					List.of(), gbp("0.00")))
			.withMessage("tenantId must not be blank");
	}

	@Test
	void orderRejectsTotalInAnotherCurrency() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OrderUpserted(TENANT, "1", "shopify", "shopify", "UK", "uk", "open", NOW, NOW, "EUR",
					List.of(), gbp("10.00")))
			.withMessage("total must be in EUR but was in GBP");
	}

	@Test
	void orderRejectsLinePricedInAnotherCurrency() {
		OrderLine line = new OrderLine("7", "HH-WHISKY-12-70CL", 1, gbp("42.00"), gbp("42.00"));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OrderUpserted(TENANT, "1", "shopify", "shopify", "EU", "eu", "open", NOW, NOW, "EUR",
					List.of(line), new Money(new java.math.BigDecimal("42.00"), "EUR")))
			.withMessageContaining("lines[7].unitPrice");
	}

	@Test
	void orderLinesCannotBeChangedAfterTheEventIsBuilt() {
		List<OrderLine> lines = new ArrayList<>(EventSamples.order().lines());
		OrderUpserted order = new OrderUpserted(TENANT, "1", "shopify", "shopify", "UK", "uk", "open", NOW, NOW, "GBP",
				lines, gbp("113.25"));

		lines.clear();

		assertThat(order.lines()).hasSize(2);
	}

	@Test
	void missingListsAndMapsBecomeEmpty() {
		OrderUpserted order = new OrderUpserted(TENANT, "1", "shopify", "shopify", "UK", "uk", "cancelled", NOW, NOW,
				"GBP", null, gbp("0.00"));
		AlertRaised alert = new AlertRaised(TENANT, "a", "sync_failed", AlertRaised.Severity.INFO, "k", "t", null,
				"integrations-service", NOW);

		assertThat(order.lines()).isEmpty();
		assertThat(alert.facts()).isEmpty();
	}

	@Test
	void alertKeepsFactsInTheOrderGiven() {
		assertThat(EventSamples.alert().facts().keySet()).containsExactly("sku", "location", "daysOfCover",
				"projectedStockout");
	}

	@Test
	void productRejectsZeroCasePackAndBundleContainingItself() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new ProductUpserted(TENANT, "A", "A", "unleashed", null, null, null, 1, 0, null, null, true, NOW))
			.withMessage("casePack must be positive but was 0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProductUpserted(TENANT, "A", "A", "unleashed", null, null, null, 1, 1, null,
					List.of(new ProductUpserted.BundleComponent("A", 2)), true, NOW))
			.withMessage("bundle A must not contain itself");
	}

	@Test
	void paymentRejectsNegativeAmount() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PaymentRecorded(TENANT, "p", "xero", CashDirection.OUT, null, null, null,
					LocalDate.parse("2026-03-01"), gbp("-5.00"), null, null, "authorised", false, NOW))
			.withMessage("amount must not be negative but was -5.00");
	}

	@Test
	void failedSyncRunMustSayWhyAndSucceededOneMustNot() {
		SyncRunFinished.Counts none = new SyncRunFinished.Counts(0, 0, 0, 0);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SyncRunFinished(TENANT, "r", "c", "xero", "invoices", NOW, NOW, 0, none,
					SyncRunFinished.Outcome.FAILED, null))
			.withMessage("error must be given when the run failed");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SyncRunFinished(TENANT, "r", "c", "xero", "invoices", NOW, NOW, 0, none,
					SyncRunFinished.Outcome.SUCCEEDED, new SyncRunFinished.Failure("x", "y")))
			.withMessage("error must be null when the run succeeded");
	}

	@Test
	void syncRunCannotFinishBeforeItStarted() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SyncRunFinished(TENANT, "r", "c", "xero", "invoices", NOW, NOW.minusSeconds(1), 0,
					new SyncRunFinished.Counts(0, 0, 0, 0), SyncRunFinished.Outcome.SUCCEEDED, null))
			.withMessageContaining("must not be before startedAt");
	}

	@Test
	void forecastIntervalsMustNest() {
		Interval narrow = new Interval(10, 20);
		Interval wide = new Interval(5, 25);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Point(LocalDate.parse("2026-03-02"), 15, wide, narrow, wide))
			.withMessageContaining("must nest");
		assertThatIllegalArgumentException().isThrownBy(() -> new Interval(3, 2));
		assertThatIllegalArgumentException().isThrownBy(() -> new Interval(Double.NaN, 2));
	}

	@Test
	void forecastNeedsAtLeastOnePointInDateOrder() {
		ForecastPublished sample = EventSamples.forecast();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ForecastPublished(TENANT, "f", sample.series(), "ets", sample.granularity(),
					sample.historyEnd(), NOW, List.of(), null))
			.withMessage("points must hold at least one period");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ForecastPublished(TENANT, "f", sample.series(), "ets", sample.granularity(),
					sample.historyEnd(), NOW, sample.points().reversed(), null))
			.withMessageContaining("ascending");
	}

	@Test
	void backtestCoverageIsAShare() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ForecastPublished.BacktestAccuracy(4, 10.0, null, 0.8, 0.9, 95.0))
			.withMessage("accuracy.coverage95 must be between 0 and 1 but was 95.0");
	}

	@Test
	void purchasePlanHorizonMustNotEndBeforeItStarts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PurchasePlanChanged(TENANT, "default", 1, LocalDate.parse("2026-03-02"),
					LocalDate.parse("2026-03-01"), "GBP", List.of(), gbp("0.00"), "r", NOW))
			.withMessageContaining("horizonEnd");
	}

	@Test
	void tenantSlugMustBeUrlSafe() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TenantCreated(TENANT, "H&H", "Highland Harbour", "GBP", "Europe/London", NOW))
			.withMessageContaining("slug");
	}

	@Test
	void auditDetailsRejectNullValues() {
		Map<String, String> details = new java.util.HashMap<>();
		details.put("provider", null);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AuditRecorded(TENANT, "a", NOW,
					new AuditRecorded.Actor(AuditRecorded.ActorType.SYSTEM, "auth-service", null), "tenant.created",
					null, null, AuditRecorded.Outcome.SUCCESS, details, "auth-service", null, null))
			.withMessage("details['provider'] must not be null");
	}

	@Test
	void invalidPayloadFailsToReadInsteadOfBuildingAnInvalidEvent() {
		String json = EventSchemas.MAPPER.writeValueAsString(EventSamples.tenantCreated())
			.replace("\"GBP\"", "\"gbp\"");

		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> EventSchemas.MAPPER.readValue(json, TenantCreated.class))
			.hasRootCauseInstanceOf(IllegalArgumentException.class)
			.hasRootCauseMessage("baseCurrency must be an ISO-4217 code of 3 upper-case letters but was 'gbp'");
	}

	@Test
	void memberRolesMustBeKnownRolesWithoutRepeats() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MemberChanged(TENANT, "u", "a@b.example", "A", List.of("OWNER"), true, null, NOW))
			.withMessage("roles must be one of [ADMIN, MANAGER, OPERATOR, VIEWER] but was 'OWNER'");
		assertThatIllegalArgumentException().isThrownBy(
				() -> new MemberChanged(TENANT, "u", "a@b.example", "A", List.of("ADMIN", "ADMIN"), true, null, NOW))
			.withMessageContaining("must not repeat");
	}

	@Test
	void removedMemberHasNoRoles() {
		MemberChanged removed = new MemberChanged(TENANT, "u", "a@b.example", "A", null, false, null, NOW);

		assertThat(removed.roles()).isEmpty();
		assertThat(removed.key()).isEqualTo(TENANT + ":u");
	}

	@Test
	void accountMailKindMustBeKnown() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AccountMailRequested(TENANT, "m", "welcome", "u", "a@b.example", null, null, null,
					null, null, NOW))
			.withMessageStartingWith("kind must be one of");
	}

	@Test
	void invitationAndResetMailsNeedAnAbsoluteLinkAndNeverEchoIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AccountMailRequested(TENANT, "m", AccountMailRequested.PASSWORD_RESET, "u",
					"a@b.example", null, null, null, null, null, NOW))
			.withMessage("link must be given for an password_reset mail");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AccountMailRequested(TENANT, "m", AccountMailRequested.INVITATION, null,
					"a@b.example", null, null, null, "/reset#token=s3cr3t", null, NOW))
			.withMessage("link must be an absolute http(s) URL")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("s3cr3t"));
	}

	@Test
	void accountMailTextNeverShowsTheLink() {
		AccountMailRequested mail = EventSamples.accountMail();

		assertThat(mail.toString()).doesNotContain(mail.link()).doesNotContain("token").contains("(hidden)");
	}

	@Test
	void newDeviceMailNeedsNoLink() {
		AccountMailRequested mail = new AccountMailRequested(TENANT, "m", AccountMailRequested.NEW_DEVICE_SIGN_IN, "u",
				"a@b.example", "A", "en-GB", Map.of("device", "Firefox on Linux"), null, null, NOW);

		assertThat(mail.link()).isNull();
		assertThat(mail.entityId()).isEqualTo("m");
	}

	@Test
	void alertResolvedKeysByTheSameDedupKeyAsTheAlertItClears() {
		AlertRaised raised = EventSamples.alert();
		AlertResolved resolved = EventSamples.alertResolved();

		assertThat(resolved.key()).isEqualTo(raised.key());
		assertThat(resolved.topic()).isEqualTo(raised.topic());
	}

	@Test
	void suggestionStatusMustBeKnownAndValueNotNegative() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SuggestionStatusChanged(TENANT, "s", "A", "L", "pending", true, null, null, null,
					null, null, NOW))
			.withMessageStartingWith("status must be one of");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SuggestionStatusChanged(TENANT, "s", "A", "L", "approved", true, gbp("-1.00"), null,
					null, null, "u", NOW))
			.withMessage("orderValue must not be negative but was -1.00");
	}

}
