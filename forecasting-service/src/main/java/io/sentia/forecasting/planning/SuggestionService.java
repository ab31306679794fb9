package io.sentia.forecasting.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.sentia.events.AlertRaised;
import io.sentia.events.AlertResolved;
import io.sentia.events.Money;
import io.sentia.events.ReorderRecommended;
import io.sentia.events.SuggestionStatusChanged;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.errors.ProblemType;
import io.sentia.servicekit.outbox.OutboxPublisher;
import io.sentia.servicekit.security.Caller;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.transaction.support.TransactionOperations;

/**
 * Turns a run's plans into suggested purchase orders and stock alerts, and records what
 * people decide about the suggestions.
 * <p>
 * After each run: a SKU and location whose order differs from its newest suggestion gets
 * a new one (the open one it replaces is superseded) and a {@link ReorderRecommended}; an
 * unchanged order emits nothing, so a suggestion someone rejected or executed is not
 * raised again until the numbers change. A stock-out within the lead time or stock beyond
 * the overstock cover opens an alert episode, announced once by an {@link AlertRaised};
 * the episode closes, announced by an {@link AlertResolved} with the same dedup key and
 * alert id, when a run no longer sees the condition.
 * <p>
 * A new suggestion that needs approval, and every approval, rejection and execution, is
 * published as {@link SuggestionStatusChanged}, so the tenant's managers hear that one
 * waits for them and the person who started the run hears what became of it.
 */
class SuggestionService {

	static final String STOCKOUT_RISK = "stockout_risk";

	static final String OVERSTOCK = "overstock";

	private static final Logger log = LoggerFactory.getLogger(SuggestionService.class);

	private static final String SOURCE = "forecasting-service";

	private final InventoryPlanner planner;

	private final PlanningRepository planning;

	private final SuggestionRepository suggestions;

	private final OutboxPublisher outbox;

	private final TransactionOperations transaction;

	private final PlanningProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	SuggestionService(InventoryPlanner planner, PlanningRepository planning, SuggestionRepository suggestions,
			OutboxPublisher outbox, TransactionOperations transaction, PlanningProperties properties, JsonMapper json,
			Clock clock) {
		this.planner = planner;
		this.planning = planning;
		this.suggestions = suggestions;
		this.outbox = outbox;
		this.transaction = transaction;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	/** What one run changed. */
	record Generated(int suggested, int unchanged, int withdrawn, int alertsRaised, int alertsResolved) {
	}

	/**
	 * Plans every SKU and location of the run and records the changes, in one
	 * transaction.
	 */
	Generated afterRun(String tenantId, UUID runId) {
		Generated generated = this.transaction.execute((status) -> generate(tenantId, runId));
		log.info(
				"Run {} of tenant {}: {} new or changed suggestions, {} unchanged, {} withdrawn, {} alerts raised, "
						+ "{} resolved",
				runId, tenantId, generated.suggested(), generated.unchanged(), generated.withdrawn(),
				generated.alertsRaised(), generated.alertsResolved());
		return generated;
	}

	private Generated generate(String tenantId, UUID runId) {
		Instant now = this.clock.instant();
		Optional<String> tenantCurrency = this.planning.tenantCurrency(tenantId);
		int suggested = 0;
		int unchanged = 0;
		int withdrawn = 0;
		int alerts = 0;
		int resolved = 0;
		String requestedBy = this.suggestions.requestedBy(tenantId, runId).orElse(null);
		for (SkuPlan plan : this.planner.plans(tenantId, runId, null)) {
			Suggestion latest = this.suggestions.latest(tenantId, plan.sku(), plan.locationId()).orElse(null);
			boolean current = latest != null
					&& (Suggestion.OPEN.equals(latest.status()) || Suggestion.APPROVED.equals(latest.status()));
			if (plan.quantity() > 0) {
				if (latest != null && latest.quantity() == plan.quantity()
						&& sameAmount(latest.orderValue(), plan.orderValue())) {
					unchanged++;
				}
				else {
					if (current) {
						this.suggestions.close(tenantId, latest.id(), Suggestion.SUPERSEDED, now);
					}
					Suggestion suggestion = suggestion(runId, plan, tenantCurrency, now);
					this.suggestions.insert(tenantId, suggestion);
					this.outbox.publish(recommendation(tenantId, suggestion, plan));
					if (suggestion.requiresApproval()) {
						this.outbox.publish(statusChanged(tenantId, suggestion,
								SuggestionStatusChanged.AWAITING_APPROVAL, requestedBy, null, null, now));
					}
					suggested++;
				}
			}
			else if (current) {
				this.suggestions.close(tenantId, latest.id(), Suggestion.WITHDRAWN, now);
				withdrawn++;
			}
			boolean overstock = plan.onHand() > 0
					&& (plan.daysOfCover() == null || plan.daysOfCover() > this.properties.overstockDays());
			if (plan.stockOutWithinLeadTime()) {
				alerts += alert(tenantId, runId, plan, STOCKOUT_RISK, now);
			}
			else {
				resolved += resolve(tenantId, plan, STOCKOUT_RISK, now);
			}
			if (overstock) {
				alerts += alert(tenantId, runId, plan, OVERSTOCK, now);
			}
			else {
				resolved += resolve(tenantId, plan, OVERSTOCK, now);
			}
		}
		return new Generated(suggested, unchanged, withdrawn, alerts, resolved);
	}

	/**
	 * Ends the SKU and location's episode of {@code kind} if one is open, and says so
	 * with the dedup key and alert id of the {@link AlertRaised} that opened it.
	 */
	private int resolve(String tenantId, SkuPlan plan, String kind, Instant now) {
		Optional<UUID> alertId = this.suggestions.closeEpisode(tenantId, plan.sku(), plan.locationId(), kind, now);
		if (alertId.isEmpty()) {
			return 0;
		}
		String title = STOCKOUT_RISK.equals(kind)
				? plan.sku() + " at " + plan.locationId() + " is no longer at risk of running out within its "
						+ plan.leadTimeDays() + "-day lead time"
				: plan.sku() + " at " + plan.locationId() + " is no longer overstocked (cover within "
						+ this.properties.overstockDays() + " days)";
		this.outbox.publish(
				new AlertResolved(tenantId, alertId.get().toString(), kind, dedupKey(kind, plan), title, SOURCE, now));
		return 1;
	}

	private static String dedupKey(String kind, SkuPlan plan) {
		return kind + ":" + plan.locationId() + ":" + plan.sku();
	}

	private int alert(String tenantId, UUID runId, SkuPlan plan, String kind, Instant now) {
		UUID alertId = UUID.randomUUID();
		if (!this.suggestions.openEpisode(tenantId, plan.sku(), plan.locationId(), kind, runId, alertId, now)) {
			return 0;
		}
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("SKU", plan.sku());
		facts.put("Location", plan.locationId());
		facts.put("On hand", Long.toString(plan.onHand()));
		facts.put("On order", Long.toString(plan.onOrder()));
		facts.put("Days of cover", (plan.daysOfCover() != null) ? units(plan.daysOfCover()) : "beyond 10 years");
		if (plan.projectedStockout() != null) {
			facts.put("Projected stock-out", plan.projectedStockout().toString());
		}
		facts.put("Lead time (days)", Integer.toString(plan.leadTimeDays()));
		facts.put("Suggested order", Long.toString(plan.quantity()));
		facts.put("Forecast run", runId.toString());
		boolean stockout = STOCKOUT_RISK.equals(kind);
		AlertRaised.Severity severity = !stockout ? AlertRaised.Severity.INFO
				: (plan.daysOfCover() != null && plan.daysOfCover() < 7) ? AlertRaised.Severity.CRITICAL
						: AlertRaised.Severity.WARNING;
		String title = stockout
				? plan.sku() + " at " + plan.locationId() + " runs out "
						+ ((plan.projectedStockout() != null) ? "on " + plan.projectedStockout() : "soon")
						+ ", within its " + plan.leadTimeDays() + "-day lead time"
				: plan.sku() + " at " + plan.locationId() + " holds "
						+ ((plan.daysOfCover() != null) ? units(plan.daysOfCover()) + " days" : "over 10 years")
						+ " of cover (overstock beyond " + this.properties.overstockDays() + " days)";
		this.outbox.publish(new AlertRaised(tenantId, alertId.toString(), kind, severity, dedupKey(kind, plan), title,
				facts, SOURCE, now));
		return 1;
	}

	private Suggestion suggestion(UUID runId, SkuPlan plan, Optional<String> tenantCurrency, Instant now) {
		String approvalReason;
		boolean requiresApproval;
		BigDecimal threshold = this.properties.approvalThreshold();
		if (plan.orderValue() == null) {
			requiresApproval = true;
			approvalReason = "The product has no unit cost, so the order's value cannot be checked against the "
					+ "approval threshold of " + threshold.toPlainString() + ".";
		}
		else if (tenantCurrency.isPresent() && !tenantCurrency.get().equals(plan.currency())) {
			requiresApproval = true;
			approvalReason = "The order is valued in " + plan.currency() + " but the approval threshold is in "
					+ tenantCurrency.get() + ", and Sentia has no exchange rate.";
		}
		else if (plan.orderValue().compareTo(threshold) > 0) {
			requiresApproval = true;
			approvalReason = "The order's value " + plan.orderValue().toPlainString() + " " + plan.currency()
					+ " exceeds the approval threshold of " + threshold.toPlainString() + ".";
		}
		else {
			requiresApproval = false;
			approvalReason = "The order's value " + plan.orderValue().toPlainString() + " " + plan.currency()
					+ " is within the approval threshold of " + threshold.toPlainString() + ".";
		}
		ObjectNode explanation = this.json.valueToTree(plan);
		ArrayNode steps = explanation.putArray("steps");
		steps.add("Demand over the " + plan.leadTimeDays() + "-day lead time (" + plan.leadTimeSource() + "): "
				+ units(plan.demandOverLeadTime()) + " units, from the " + plan.demandSource() + " forecast.");
		steps.add("Safety stock: z " + units(plan.z()) + " (service level " + plan.serviceLevel() + ") × error over the"
				+ " lead time " + units(plan.leadTimeSigma()) + " = " + units(plan.safetyStock()) + " units.");
		steps.add("Reorder point: " + units(plan.demandOverLeadTime()) + " + " + units(plan.safetyStock()) + " = "
				+ units(plan.reorderPoint()) + " units.");
		steps.add("Need: reorder point " + units(plan.reorderPoint()) + " + demand over the " + plan.reviewPeriodDays()
				+ "-day review period " + units(plan.demandOverReviewPeriod()) + " - on hand " + plan.onHand()
				+ " - on order " + plan.onOrder() + " = " + units(plan.rawQuantity()) + " units.");
		steps.add("Order: " + plan.quantity() + " units (at least the MOQ " + plan.moq() + ", in cases of "
				+ plan.casePack() + ")"
				+ ((plan.orderValue() != null) ? " × unit cost " + plan.unitCost().toPlainString() + " "
						+ plan.currency() + " = " + plan.orderValue().toPlainString() + " " + plan.currency() : "")
				+ ".");
		return new Suggestion(UUID.randomUUID(), runId, plan.sku(), plan.locationId(), plan.quantity(), plan.unitCost(),
				plan.currency(), plan.orderValue(), requiresApproval, approvalReason, Suggestion.OPEN, plan.orderBy(),
				plan.expectedArrival(), plan.projectedStockout(), explanation, now, null, null);
	}

	private static ReorderRecommended recommendation(String tenantId, Suggestion suggestion, SkuPlan plan) {
		String reason = plan.stockOutWithinLeadTime()
				? "Stock runs out " + ((plan.projectedStockout() != null) ? "on " + plan.projectedStockout() : "")
						+ " within the " + plan.leadTimeDays() + "-day lead time"
				: "Stock plus open orders (" + (plan.onHand() + plan.onOrder()) + ") is below the reorder point ("
						+ units(plan.reorderPoint()) + ") plus the review period's demand";
		Money cost = (suggestion.orderValue() != null) ? new Money(suggestion.orderValue(), suggestion.currency())
				: null;
		return new ReorderRecommended(tenantId, suggestion.id().toString(), plan.sku(), plan.locationId(),
				plan.supplier(), (int) Math.min(Integer.MAX_VALUE, plan.quantity()), plan.orderBy(),
				plan.expectedArrival(), clampToInt(plan.onHand()), clampToInt(Math.max(0, plan.onOrder())),
				clampToInt((long) Math.ceil(plan.reorderPoint())), clampToInt((long) Math.ceil(plan.safetyStock())),
				plan.serviceLevel(), plan.projectedStockout(), cost, reason, suggestion.run().toString(),
				suggestion.createdAt());
	}

	List<Suggestion> list(String tenantId, @Nullable String status, @Nullable String sku, int limit) {
		return this.suggestions.list(tenantId, status, sku, limit);
	}

	Suggestion get(String tenantId, UUID id) {
		return this.suggestions.find(tenantId, id)
			.orElseThrow(() -> new ApiProblemException(ProblemType.NOT_FOUND, "No suggestion " + id + "."));
	}

	/**
	 * A MANAGER approves an open suggestion; the reason is recorded. Approving an
	 * approved suggestion again changes nothing.
	 */
	Suggestion approve(Caller caller, UUID id, String reason) {
		return decide(caller, id, Suggestion.APPROVED, List.of(Suggestion.OPEN), reason);
	}

	/** A MANAGER rejects an open or approved suggestion; the reason is recorded. */
	Suggestion reject(Caller caller, UUID id, String reason) {
		return decide(caller, id, Suggestion.REJECTED, List.of(Suggestion.OPEN, Suggestion.APPROVED), reason);
	}

	private Suggestion decide(Caller caller, UUID id, String outcome, List<String> from, String reason) {
		String tenantId = caller.tenantId();
		return Objects.requireNonNull(this.transaction.execute((status) -> {
			Suggestion suggestion = get(tenantId, id);
			if (outcome.equals(suggestion.status())) {
				// Deciding again is a retry: the first decision stands.
				return suggestion;
			}
			Instant now = this.clock.instant();
			if (!this.suggestions.decide(tenantId, id, from, outcome, caller, reason, now)) {
				throw notAllowed(suggestion, "cannot be " + outcome + " because it is " + suggestion.status()
						+ "; only a suggestion that is " + String.join(" or ", from) + " can");
			}
			Suggestion decided = get(tenantId, id);
			this.outbox.publish(statusChanged(tenantId, decided, outcome, requestedBy(tenantId, decided),
					caller.subject(), reason, now));
			return decided;
		}));
	}

	/**
	 * Records that the suggested order was placed. A suggestion that needs approval can
	 * only be executed once a MANAGER approved it.
	 */
	Suggestion execute(Caller caller, UUID id, @Nullable String note) {
		String tenantId = caller.tenantId();
		return Objects.requireNonNull(this.transaction.execute((status) -> {
			Suggestion suggestion = get(tenantId, id);
			if (Suggestion.EXECUTED.equals(suggestion.status())) {
				// Executing again is a retry: the first execution stands.
				return suggestion;
			}
			Instant now = this.clock.instant();
			if (!this.suggestions.execute(tenantId, id, caller, note, now)) {
				String why = (Suggestion.OPEN.equals(suggestion.status()) && suggestion.requiresApproval())
						? "needs a MANAGER's approval first (" + suggestion.approvalReason() + " POST .../suggestions/"
								+ id + "/approve with a reason)"
						: "is " + suggestion.status() + "; only an open or approved suggestion can be executed";
				throw notAllowed(suggestion, "cannot be executed: it " + why);
			}
			Suggestion executed = get(tenantId, id);
			this.outbox.publish(statusChanged(tenantId, executed, SuggestionStatusChanged.EXECUTED,
					requestedBy(tenantId, executed), caller.subject(), note, now));
			return executed;
		}));
	}

	private @Nullable String requestedBy(String tenantId, Suggestion suggestion) {
		return this.suggestions.requestedBy(tenantId, suggestion.run()).orElse(null);
	}

	private static SuggestionStatusChanged statusChanged(String tenantId, Suggestion suggestion, String status,
			@Nullable String requestedBy, @Nullable String decidedBy, @Nullable String decisionReason, Instant at) {
		Money value = (suggestion.orderValue() != null && suggestion.currency() != null)
				? new Money(suggestion.orderValue(), suggestion.currency()) : null;
		return new SuggestionStatusChanged(tenantId, suggestion.id().toString(), suggestion.sku(),
				suggestion.locationId(), status, suggestion.requiresApproval(), value,
				suggestion.requiresApproval() ? suggestion.approvalReason() : null, decisionReason, requestedBy,
				decidedBy, at);
	}

	private static ApiProblemException notAllowed(Suggestion suggestion, String message) {
		return new ApiProblemException(ProblemType.CONFLICT, "Suggestion " + suggestion.id() + " " + message + ".")
			.with("status", suggestion.status())
			.with("requiresApproval", suggestion.requiresApproval());
	}

	private static boolean sameAmount(@Nullable BigDecimal a, @Nullable BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static int clampToInt(long value) {
		return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
	}

	private static String units(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
	}

}
