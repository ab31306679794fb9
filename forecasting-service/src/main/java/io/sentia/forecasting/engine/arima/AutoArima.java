package io.sentia.forecasting.engine.arima;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.sentia.forecasting.engine.TimeSeries;
import io.sentia.forecasting.engine.seasonality.SeasonalStrength;

/**
 * Automatic ARIMA after Hyndman and Khandakar (2008): seasonal differencing when the
 * seasonal strength exceeds 0.64, then differences until KPSS no longer rejects, then a
 * stepwise search over p, q, P, Q and the constant by AICc. The number of models is
 * capped so no series takes long.
 */
public final class AutoArima {

	private static final int MAX_P = 5;

	private static final int MAX_Q = 5;

	private static final int MAX_SEASONAL_P = 2;

	private static final int MAX_SEASONAL_Q = 2;

	private static final int MAX_ORDER = 5;

	private static final int MAX_MODELS = 40;

	private static final double SEASONAL_STRENGTH_THRESHOLD = 0.64;

	private AutoArima() {
	}

	public static ArimaModel fit(TimeSeries series) {
		double[] y = series.values();
		int m = series.hasTwoSeasons() ? series.seasonLength() : 1;
		int seasonalD = (m > 1 && y.length >= 3 * m && SeasonalStrength.of(y, m) > SEASONAL_STRENGTH_THRESHOLD) ? 1 : 0;
		double[] x = seasonalD == 1 ? Polynomials.apply(Polynomials.differencing(0, 1, m), y) : y;
		int d = 0;
		while (d < 2 && Kpss.needsDifference(x)) {
			x = Polynomials.apply(Polynomials.differencing(1, 0, 1), x);
			d++;
		}
		boolean constantAllowed = d + seasonalD <= 1;
		boolean seasonal = m > 1;
		ArimaOrder base = new ArimaOrder(0, d, 0, 0, seasonalD, 0, m, constantAllowed);
		Search search = new Search(y);
		search.tryOrder(base.with(2, 2, seasonal ? 1 : 0, seasonal ? 1 : 0, constantAllowed));
		search.tryOrder(base.with(0, 0, 0, 0, constantAllowed));
		search.tryOrder(base.with(1, 0, seasonal ? 1 : 0, 0, constantAllowed));
		search.tryOrder(base.with(0, 1, 0, seasonal ? 1 : 0, constantAllowed));
		if (constantAllowed) {
			search.tryOrder(base.with(0, 0, 0, 0, false));
		}
		boolean improved = search.best != null;
		while (improved && search.count < MAX_MODELS) {
			improved = false;
			for (ArimaOrder neighbour : neighbours(search.best.order(), seasonal, constantAllowed)) {
				if (search.count >= MAX_MODELS) {
					break;
				}
				if (search.tryOrder(neighbour)) {
					improved = true;
					break;
				}
			}
		}
		if (search.best == null) {
			throw new IllegalStateException("no ARIMA model can be fitted to " + y.length + " observations");
		}
		return search.best;
	}

	private static List<ArimaOrder> neighbours(ArimaOrder o, boolean seasonal, boolean constantAllowed) {
		List<ArimaOrder> out = new ArrayList<>();
		int p = o.p();
		int q = o.q();
		int sp = o.seasonalP();
		int sq = o.seasonalQ();
		boolean c = o.constant();
		if (seasonal) {
			add(out, o, p, q, sp - 1, sq, c);
			add(out, o, p, q, sp + 1, sq, c);
			add(out, o, p, q, sp, sq - 1, c);
			add(out, o, p, q, sp, sq + 1, c);
			add(out, o, p, q, sp - 1, sq - 1, c);
			add(out, o, p, q, sp + 1, sq + 1, c);
		}
		add(out, o, p - 1, q, sp, sq, c);
		add(out, o, p + 1, q, sp, sq, c);
		add(out, o, p, q - 1, sp, sq, c);
		add(out, o, p, q + 1, sp, sq, c);
		add(out, o, p - 1, q - 1, sp, sq, c);
		add(out, o, p + 1, q + 1, sp, sq, c);
		add(out, o, p - 1, q + 1, sp, sq, c);
		add(out, o, p + 1, q - 1, sp, sq, c);
		if (constantAllowed) {
			add(out, o, p, q, sp, sq, !c);
		}
		return out;
	}

	private static void add(List<ArimaOrder> out, ArimaOrder o, int p, int q, int sp, int sq, boolean c) {
		if (p < 0 || q < 0 || sp < 0 || sq < 0 || p > MAX_P || q > MAX_Q || sp > MAX_SEASONAL_P || sq > MAX_SEASONAL_Q
				|| p + q + sp + sq > MAX_ORDER) {
			return;
		}
		out.add(o.with(p, q, sp, sq, c));
	}

	/** Fits each order once and remembers the best by AICc. */
	private static final class Search {

		private final double[] y;

		private final Set<ArimaOrder> tried = new HashSet<>();

		private ArimaModel best;

		private int count;

		Search(double[] y) {
			this.y = y;
		}

		/** True if the order was new and beat the best so far. */
		boolean tryOrder(ArimaOrder order) {
			if (!this.tried.add(order)) {
				return false;
			}
			this.count++;
			Optional<ArimaModel> model = ArimaEstimator.fit(this.y, order);
			if (model.isPresent() && Double.isFinite(model.get().aicc())
					&& (this.best == null || model.get().aicc() < this.best.aicc() - 1e-9)) {
				this.best = model.get();
				return true;
			}
			return false;
		}

	}

}
