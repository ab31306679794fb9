package io.sentia.analytics.workingcapital.ageing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import io.sentia.analytics.workingcapital.BaseCurrency;
import io.sentia.analytics.workingcapital.ContactRef;
import io.sentia.events.InvoiceType;

/**
 * Ages open items into buckets. Pure: the same items in any order give the same report.
 */
public final class AgeingCalculator {

	/**
	 * Ages the open items of one type at a date.
	 * @param type which items to age; items of the other type are ignored
	 * @param asOf the date to age at
	 * @param base the base currency of {@link OpenItem#amountDueBase()}
	 * @param items open items, in any order
	 * @return the report
	 */
	public AgeingReport age(InvoiceType type, LocalDate asOf, BaseCurrency base, Collection<OpenItem> items) {
		Tally total = new Tally(base.scale());
		Map<String, Tally> totalByCurrency = new TreeMap<>();
		Map<String, ContactTally> contacts = new TreeMap<>();
		for (OpenItem item : items) {
			if (item.type() != type) {
				continue;
			}
			AgeingBucket bucket = AgeingBucket.forDaysOverdue(ChronoUnit.DAYS.between(item.effectiveDueDate(), asOf));
			BigDecimal amountBase = base.round(item.amountDueBase());
			int originalScale = BaseCurrency.minorUnitDigits(item.currency());
			BigDecimal amountOriginal = item.amountDue().setScale(originalScale, BaseCurrency.ROUNDING);
			total.add(bucket, amountBase);
			totalByCurrency.computeIfAbsent(item.currency(), (currency) -> new Tally(originalScale))
				.add(bucket, amountOriginal);
			contacts.computeIfAbsent(item.contact().contactId(), (id) -> new ContactTally(base.scale()))
				.add(item.contact(), bucket, amountBase, item.currency(), originalScale, amountOriginal);
		}
		List<ContactAgeing> perContact = new ArrayList<>();
		contacts.values().forEach((tally) -> perContact.add(tally.toContactAgeing()));
		perContact.sort(Comparator.comparing((ContactAgeing ageing) -> ageing.buckets().total())
			.reversed()
			.thenComparing((ageing) -> ageing.contact().contactId()));
		return new AgeingReport(type, asOf, base.code(), total.toBuckets(), toBuckets(totalByCurrency),
				List.copyOf(perContact));
	}

	private static SortedMap<String, AgeingBuckets> toBuckets(Map<String, Tally> tallies) {
		SortedMap<String, AgeingBuckets> buckets = new TreeMap<>();
		tallies.forEach((currency, tally) -> buckets.put(currency, tally.toBuckets()));
		return Collections.unmodifiableSortedMap(buckets);
	}

	/** Running sums per bucket; exact, because every amount added has the same scale. */
	private static final class Tally {

		private final Map<AgeingBucket, BigDecimal> amounts = new EnumMap<>(AgeingBucket.class);

		private final int scale;

		private int items;

		Tally(int scale) {
			this.scale = scale;
			for (AgeingBucket bucket : AgeingBucket.values()) {
				this.amounts.put(bucket, BigDecimal.ZERO.setScale(scale, RoundingMode.UNNECESSARY));
			}
		}

		void add(AgeingBucket bucket, BigDecimal amount) {
			this.amounts.merge(bucket, amount, BigDecimal::add);
			this.items++;
		}

		AgeingBuckets toBuckets() {
			BigDecimal total = BigDecimal.ZERO.setScale(this.scale, RoundingMode.UNNECESSARY);
			for (BigDecimal amount : this.amounts.values()) {
				total = total.add(amount);
			}
			return new AgeingBuckets(this.amounts.get(AgeingBucket.CURRENT),
					this.amounts.get(AgeingBucket.DAYS_1_TO_30), this.amounts.get(AgeingBucket.DAYS_31_TO_60),
					this.amounts.get(AgeingBucket.DAYS_61_TO_90), this.amounts.get(AgeingBucket.OVER_90), total,
					this.items);
		}

	}

	private static final class ContactTally {

		private final Tally base;

		private final Map<String, Tally> byCurrency = new TreeMap<>();

		private ContactRef contact;

		ContactTally(int baseScale) {
			this.base = new Tally(baseScale);
		}

		void add(ContactRef contact, AgeingBucket bucket, BigDecimal amountBase, String currency, int originalScale,
				BigDecimal amountOriginal) {
			// Items may spell a contact's name differently; the smallest name wins so the
			// report does not depend on the items' order.
			if (this.contact == null || contact.name().compareTo(this.contact.name()) < 0) {
				this.contact = contact;
			}
			this.base.add(bucket, amountBase);
			this.byCurrency.computeIfAbsent(currency, (code) -> new Tally(originalScale)).add(bucket, amountOriginal);
		}

		ContactAgeing toContactAgeing() {
			return new ContactAgeing(this.contact, this.base.toBuckets(), toBuckets(this.byCurrency));
		}

	}

}
