package io.sentia.forecasting.demand;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.sentia.forecasting.engine.hierarchy.SeriesKey;

/**
 * The UTC days on which a SKU had nothing on hand at a location, and which demand series
 * those days concern. A level of zero (or less) holds until the next level reported for
 * that SKU and location, so every day it touches is a stock-out day; the last level holds
 * to the end of the history.
 * <p>
 * Amazon FBA stock serves only Amazon orders (of the FBA location's region when its id
 * ends in one, e.g. {@code amazon-fba:UK}); other locations serve the other channels, and
 * Amazon too when the SKU has no FBA stock at all.
 */
final class StockoutCalendar {

	private final Map<String, List<LocationDays>> bySku;

	private final Set<String> skusWithFbaStock;

	private StockoutCalendar(Map<String, List<LocationDays>> bySku, Set<String> skusWithFbaStock) {
		this.bySku = bySku;
		this.skusWithFbaStock = skusWithFbaStock;
	}

	/**
	 * @param levels levels ordered by SKU, location and time
	 * @param end last day of the history; later days are not flagged
	 */
	static StockoutCalendar of(List<StockLevel> levels, LocalDate end) {
		Map<String, List<LocationDays>> bySku = new HashMap<>();
		Set<String> skusWithFbaStock = new HashSet<>();
		for (int i = 0; i < levels.size(); i++) {
			StockLevel level = levels.get(i);
			if (level.amazonFba()) {
				skusWithFbaStock.add(level.sku());
			}
			if (level.onHand() > 0 || level.asOf().atOffset(ZoneOffset.UTC).toLocalDate().isAfter(end)) {
				continue;
			}
			StockLevel next = (i + 1 < levels.size() && sameStock(level, levels.get(i + 1))) ? levels.get(i + 1) : null;
			LocalDate first = day(level.asOf());
			LocalDate last = (next != null) ? day(next.asOf().minusNanos(1)) : end;
			if (last.isAfter(end)) {
				last = end;
			}
			List<LocationDays> locations = bySku.computeIfAbsent(level.sku(), (sku) -> new ArrayList<>());
			LocationDays days = locations.stream()
				.filter((candidate) -> candidate.locationId().equals(level.locationId()))
				.findFirst()
				.orElseGet(() -> {
					LocationDays created = new LocationDays(level.locationId(), level.amazonFba(), new TreeSet<>());
					locations.add(created);
					return created;
				});
			for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
				days.days().add(day);
			}
		}
		return new StockoutCalendar(bySku, skusWithFbaStock);
	}

	/**
	 * Stock-out days of the locations serving the series.
	 * @param key the series
	 * @return days, ascending
	 */
	Set<LocalDate> days(SeriesKey key) {
		Set<LocalDate> out = new TreeSet<>();
		boolean skuHasFbaStock = this.skusWithFbaStock.contains(key.sku());
		for (LocationDays location : this.bySku.getOrDefault(key.sku(), List.of())) {
			if (serves(location, key, skuHasFbaStock)) {
				out.addAll(location.days());
			}
		}
		return out;
	}

	private static boolean serves(LocationDays location, SeriesKey key, boolean skuHasFbaStock) {
		boolean amazon = "amazon".equals(key.channel());
		if (!location.amazonFba()) {
			return !amazon || !skuHasFbaStock;
		}
		if (!amazon) {
			return false;
		}
		String id = location.locationId();
		String suffix = id.substring(id.lastIndexOf(':') + 1).toUpperCase(Locale.ROOT);
		return !id.contains(":") || suffix.equals(key.region().toUpperCase(Locale.ROOT));
	}

	private static boolean sameStock(StockLevel a, StockLevel b) {
		return a.sku().equals(b.sku()) && a.locationId().equals(b.locationId());
	}

	private static LocalDate day(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC).toLocalDate();
	}

	private record LocationDays(String locationId, boolean amazonFba, Set<LocalDate> days) {
	}

}
