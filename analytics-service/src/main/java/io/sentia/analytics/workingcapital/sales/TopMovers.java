package io.sentia.analytics.workingcapital.sales;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The groups whose figure rose most and fell most between two periods.
 *
 * @param up rises, largest absolute change first, then by key
 * @param down falls, largest absolute fall first, then by key
 */
public record TopMovers(List<Mover> up, List<Mover> down) {

	/**
	 * Ranks groups by absolute change; a group absent in one period counts zero there.
	 * @param previous the figure per group in the earlier period
	 * @param current the figure per group in the later period
	 * @param limit at most this many movers each way
	 * @return the top movers
	 */
	public static TopMovers of(Map<String, BigDecimal> previous, Map<String, BigDecimal> current, int limit) {
		if (limit < 0) {
			throw new IllegalArgumentException("limit must not be negative but was " + limit);
		}
		TreeSet<String> keys = new TreeSet<>(previous.keySet());
		keys.addAll(current.keySet());
		List<Mover> up = new ArrayList<>();
		List<Mover> down = new ArrayList<>();
		for (String key : keys) {
			Change change = Change.between(previous.getOrDefault(key, BigDecimal.ZERO),
					current.getOrDefault(key, BigDecimal.ZERO));
			if (change.absolute().signum() > 0) {
				up.add(new Mover(key, change));
			}
			else if (change.absolute().signum() < 0) {
				down.add(new Mover(key, change));
			}
		}
		Comparator<Mover> byAbsolute = Comparator.comparing((Mover mover) -> mover.change().absolute());
		up.sort(byAbsolute.reversed().thenComparing(Mover::key));
		down.sort(byAbsolute.thenComparing(Mover::key));
		return new TopMovers(List.copyOf(up.subList(0, Math.min(limit, up.size()))),
				List.copyOf(down.subList(0, Math.min(limit, down.size()))));
	}

}
