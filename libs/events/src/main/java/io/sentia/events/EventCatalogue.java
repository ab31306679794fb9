package io.sentia.events;

import java.util.List;
import java.util.Optional;

/**
 * Every event type of the v1 catalogue, so a consumer can turn a {@code ce_type} header
 * into the record to read the payload as.
 */
public final class EventCatalogue {

	private static final List<EventType> TYPES = List.of(
			new EventType(OrderUpserted.TYPE, Topics.COMMERCE_ORDERS, OrderUpserted.class),
			new EventType(ProductUpserted.TYPE, Topics.CATALOG_PRODUCTS, ProductUpserted.class),
			new EventType(InventoryLevelChanged.TYPE, Topics.INVENTORY_LEVELS, InventoryLevelChanged.class),
			new EventType(PurchaseOrderUpserted.TYPE, Topics.PURCHASING_ORDERS, PurchaseOrderUpserted.class),
			new EventType(InvoiceUpserted.TYPE, Topics.FINANCE_INVOICES, InvoiceUpserted.class),
			new EventType(PaymentRecorded.TYPE, Topics.FINANCE_PAYMENTS, PaymentRecorded.class),
			new EventType(BankTransactionRecorded.TYPE, Topics.FINANCE_BANK_TRANSACTIONS,
					BankTransactionRecorded.class),
			new EventType(SyncRunFinished.TYPE, Topics.INTEGRATIONS_SYNC, SyncRunFinished.class),
			new EventType(ForecastPublished.TYPE, Topics.FORECASTING_FORECASTS, ForecastPublished.class),
			new EventType(ReorderRecommended.TYPE, Topics.FORECASTING_RECOMMENDATIONS, ReorderRecommended.class),
			new EventType(PurchasePlanChanged.TYPE, Topics.FORECASTING_RECOMMENDATIONS, PurchasePlanChanged.class),
			new EventType(SuggestionStatusChanged.TYPE, Topics.FORECASTING_RECOMMENDATIONS,
					SuggestionStatusChanged.class),
			new EventType(AlertRaised.TYPE, Topics.ALERTS, AlertRaised.class),
			new EventType(AlertResolved.TYPE, Topics.ALERTS, AlertResolved.class),
			new EventType(TenantCreated.TYPE, Topics.AUTH_TENANTS, TenantCreated.class),
			new EventType(TenantUpdated.TYPE, Topics.AUTH_TENANTS, TenantUpdated.class),
			new EventType(AuditRecorded.TYPE, Topics.AUTH_AUDIT, AuditRecorded.class),
			new EventType(MemberChanged.TYPE, Topics.AUTH_MEMBERS, MemberChanged.class),
			new EventType(AccountMailRequested.TYPE, Topics.AUTH_ACCOUNT_MAIL, AccountMailRequested.class));

	private EventCatalogue() {
	}

	/**
	 * Every event type.
	 * @return the v1 event types, in catalogue order
	 */
	public static List<EventType> all() {
		return TYPES;
	}

	/**
	 * Looks up an event type by its {@code ce_type}.
	 * @param type the value of the {@code ce_type} header
	 * @return the event type, or empty if it is not in this version of the catalogue
	 */
	public static Optional<EventType> find(String type) {
		return TYPES.stream().filter((candidate) -> candidate.type().equals(type)).findFirst();
	}

}
