package io.sentia.integrations.demo;

/**
 * How big a demo order is: the chance of 1, 2, 3 ... lines and of 1, 2, 3 ... units per
 * line. The generator samples from these and the demand plan uses their means, so the
 * plan and the simulated orders agree.
 */
final class OrderShape {

	private static final double[] WEB_SHOP_LINES = { 0.66, 0.23, 0.08, 0.03 };

	private static final double[] MARKETPLACE_LINES = { 0.88, 0.10, 0.02 };

	private static final double[] TRADE_LINES = { 0, 0.25, 0.3, 0.25, 0.12, 0.08 };

	private static final double[] BOTTLE_UNITS = { 0.86, 0.11, 0.03 };

	private static final double[] MINIATURE_UNITS = { 0.55, 0.25, 0.12, 0.08 };

	private static final double[] GIFT_SET_UNITS = { 0.8, 0.15, 0.05 };

	/** Trade lines are whole cases: 1 to 5 of them. */
	private static final double[] TRADE_CASES = { 0.4, 0.3, 0.15, 0.1, 0.05 };

	private OrderShape() {
	}

	/** Weights of an order having 1, 2, 3 ... lines. */
	static double[] lineCounts(DemoStore store) {
		if (store.isWholesale()) {
			return TRADE_LINES;
		}
		return store.isAmazon() ? MARKETPLACE_LINES : WEB_SHOP_LINES;
	}

	/** Weights of a retail line having 1, 2, 3 ... units. */
	static double[] units(DemoProduct product) {
		if (product.isGiftSet()) {
			return GIFT_SET_UNITS;
		}
		return (product.volumeMl() <= 50) ? MINIATURE_UNITS : BOTTLE_UNITS;
	}

	/** Weights of a trade line having 1, 2, 3 ... cases. */
	static double[] tradeCases() {
		return TRADE_CASES;
	}

	/** Mean of a distribution over 1, 2, 3 ... given by weights that sum to 1. */
	static double mean(double[] weights) {
		double mean = 0;
		for (int i = 0; i < weights.length; i++) {
			mean += weights[i] * (i + 1);
		}
		return mean;
	}

}
