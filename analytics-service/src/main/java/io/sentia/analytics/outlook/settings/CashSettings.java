package io.sentia.analytics.outlook.settings;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A tenant's cash settings, in the shape the API reads and writes them. Every part is
 * optional in a request; {@link CashSettingsValidator} names what is wrong and
 * {@link #withDefaults()} fills what was left out.
 *
 * @param minimumCash the minimum cash threshold in the tenant's base currency; a week
 * whose lowest point is below it is a shortfall (default 0)
 * @param defaultSupplierTermsDays days after arrival a supplier is paid when
 * {@code supplierTerms} names no terms for it (default 30)
 * @param supplierTerms terms of named suppliers
 * @param payoutPlans how each sales channel pays out
 * @param recurringOutflows monthly payments
 */
public record CashSettings(@Nullable BigDecimal minimumCash, @Nullable Integer defaultSupplierTermsDays,
		@Nullable List<SupplierTerms> supplierTerms, @Nullable List<PayoutPlanSetting> payoutPlans,
		@Nullable List<RecurringOutflowSetting> recurringOutflows) {

	/** Supplier terms when none are configured: net 30 after arrival. */
	public static final int DEFAULT_SUPPLIER_TERMS_DAYS = 30;

	/** The settings of a tenant that has saved none. */
	public static final CashSettings NONE = new CashSettings(null, null, null, null, null).withDefaults();

	/**
	 * The same settings with every part left out filled with its default.
	 * @return complete settings
	 */
	public CashSettings withDefaults() {
		return new CashSettings((this.minimumCash != null) ? this.minimumCash : BigDecimal.ZERO.setScale(2),
				(this.defaultSupplierTermsDays != null) ? this.defaultSupplierTermsDays : DEFAULT_SUPPLIER_TERMS_DAYS,
				(this.supplierTerms != null) ? List.copyOf(this.supplierTerms) : List.of(),
				(this.payoutPlans != null) ? List.copyOf(this.payoutPlans) : List.of(),
				(this.recurringOutflows != null) ? List.copyOf(this.recurringOutflows) : List.of());
	}

	/**
	 * The terms a supplier is paid on.
	 * @param supplierId the supplier, or {@code null} when unknown
	 * @return days after arrival
	 */
	public int termsOf(@Nullable String supplierId) {
		if (supplierId != null && this.supplierTerms != null) {
			for (SupplierTerms terms : this.supplierTerms) {
				if (supplierId.equals(terms.supplierId()) && terms.days() != null) {
					return terms.days();
				}
			}
		}
		return (this.defaultSupplierTermsDays != null) ? this.defaultSupplierTermsDays : DEFAULT_SUPPLIER_TERMS_DAYS;
	}

	/**
	 * One supplier's payment terms.
	 *
	 * @param supplierId the supplier's id as purchase orders and recommendations name it
	 * @param days days after the goods arrive the supplier is paid, −365 to 365
	 * (negative: paid before delivery)
	 */
	public record SupplierTerms(@Nullable String supplierId, @Nullable Integer days) {

	}

}
