package io.sentia.forecasting.engine.hierarchy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The nodes implied by a set of bottom series: total, every SKU, every region, every
 * bottom series. SKU and region cross each other (a grouped rather than strictly nested
 * structure).
 */
public final class Hierarchy {

	private static final Comparator<SeriesKey> ORDER = Comparator.comparing(SeriesKey::sku)
		.thenComparing(SeriesKey::channel)
		.thenComparing(SeriesKey::region);

	private final List<SeriesKey> bottoms;

	private final List<HierarchyNode> nodes;

	public Hierarchy(Collection<SeriesKey> bottoms) {
		if (bottoms.isEmpty()) {
			throw new IllegalArgumentException("a hierarchy needs at least one bottom series");
		}
		TreeSet<SeriesKey> sorted = new TreeSet<>(ORDER);
		sorted.addAll(bottoms);
		this.bottoms = List.copyOf(sorted);
		List<HierarchyNode> nodes = new ArrayList<>();
		nodes.add(HierarchyNode.total());
		this.bottoms.stream().map(SeriesKey::sku).distinct().forEach((sku) -> nodes.add(HierarchyNode.sku(sku)));
		this.bottoms.stream()
			.map(SeriesKey::region)
			.distinct()
			.sorted()
			.forEach((region) -> nodes.add(HierarchyNode.region(region)));
		this.bottoms.forEach((key) -> nodes.add(HierarchyNode.bottom(key)));
		this.nodes = List.copyOf(nodes);
	}

	public List<SeriesKey> bottoms() {
		return this.bottoms;
	}

	/** Every node, total first and bottom series last. */
	public List<HierarchyNode> nodes() {
		return this.nodes;
	}

	public int bottomCount(HierarchyNode node) {
		return (int) this.bottoms.stream().filter(node::contains).count();
	}

	/** The node's series as the sum of its bottom series. */
	public double[] aggregate(HierarchyNode node, Map<SeriesKey, double[]> bottomValues) {
		double[] sum = null;
		for (SeriesKey key : this.bottoms) {
			if (node.contains(key)) {
				double[] values = bottomValues.get(key);
				if (values == null) {
					throw new IllegalArgumentException("no values for bottom series " + key);
				}
				if (sum == null) {
					sum = new double[values.length];
				}
				if (values.length != sum.length) {
					throw new IllegalArgumentException("bottom series differ in length; " + key + " has "
							+ values.length + " values, others " + sum.length);
				}
				for (int t = 0; t < values.length; t++) {
					sum[t] += values[t];
				}
			}
		}
		return sum;
	}

}
