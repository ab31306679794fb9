package io.sentia.forecasting.engine.ets;

/**
 * Level, slope and seasonal states of an ETS model, updated one observation at a time.
 * The update is the same for additive and multiplicative errors; only the likelihood
 * differs.
 */
final class EtsState {

	private static final double TINY = 1e-10;

	private final boolean trend;

	private final boolean additiveSeason;

	private final boolean multiplicativeSeason;

	private final int m;

	private final double alpha;

	private final double betaOverAlpha;

	private final double gamma;

	private final double phi;

	private double level;

	private double slope;

	private final double[] season;

	private int position;

	EtsState(EtsSpec spec, int m, EtsParameters parameters, double level, double slope, double[] season) {
		this.trend = spec.hasTrend();
		this.additiveSeason = spec.season() == EtsSpec.Season.ADDITIVE;
		this.multiplicativeSeason = spec.season() == EtsSpec.Season.MULTIPLICATIVE;
		this.m = spec.isSeasonal() ? m : 1;
		this.alpha = parameters.alpha();
		this.betaOverAlpha = this.trend ? parameters.beta() / parameters.alpha() : 0;
		this.gamma = parameters.gamma();
		this.phi = spec.trend() == EtsSpec.Trend.DAMPED ? parameters.phi() : 1;
		this.level = level;
		this.slope = this.trend ? slope : 0;
		this.season = spec.isSeasonal() ? season.clone() : new double[] { this.multiplicativeSeason ? 1 : 0 };
	}

	private EtsState(EtsState other) {
		this.trend = other.trend;
		this.additiveSeason = other.additiveSeason;
		this.multiplicativeSeason = other.multiplicativeSeason;
		this.m = other.m;
		this.alpha = other.alpha;
		this.betaOverAlpha = other.betaOverAlpha;
		this.gamma = other.gamma;
		this.phi = other.phi;
		this.level = other.level;
		this.slope = other.slope;
		this.season = other.season.clone();
		this.position = other.position;
	}

	EtsState copy() {
		return new EtsState(this);
	}

	/** One-step-ahead mean of the next observation. */
	double mean() {
		double q = this.level + this.phi * this.slope;
		if (this.additiveSeason) {
			return q + this.season[this.position];
		}
		if (this.multiplicativeSeason) {
			return q * this.season[this.position];
		}
		return q;
	}

	/** Mean h steps ahead of the current state (h ≥ 1), without updating. */
	double meanAhead(int h) {
		double damped = 0;
		double power = 1;
		for (int i = 1; i <= h; i++) {
			power *= this.phi;
			damped += power;
		}
		double q = this.level + damped * this.slope;
		double s = this.season[(this.position + h - 1) % this.m];
		if (this.additiveSeason) {
			return q + s;
		}
		if (this.multiplicativeSeason) {
			return q * s;
		}
		return q;
	}

	/** Absorbs observation y; false if a multiplicative component hit zero. */
	boolean update(double y) {
		double phib = this.phi * this.slope;
		double q = this.level + phib;
		double s = this.season[this.position];
		double p;
		if (this.additiveSeason) {
			p = y - s;
		}
		else if (this.multiplicativeSeason) {
			if (Math.abs(s) < TINY) {
				return false;
			}
			p = y / s;
		}
		else {
			p = y;
		}
		double newLevel = q + this.alpha * (p - q);
		if (this.trend) {
			this.slope = phib + this.betaOverAlpha * (newLevel - this.level - phib);
		}
		if (this.additiveSeason) {
			this.season[this.position] = s + this.gamma * (y - q - s);
		}
		else if (this.multiplicativeSeason) {
			if (Math.abs(q) < TINY) {
				return false;
			}
			this.season[this.position] = s + this.gamma * (y / q - s);
		}
		this.level = newLevel;
		this.position = (this.position + 1) % this.m;
		return true;
	}

	double level() {
		return this.level;
	}

	double slope() {
		return this.slope;
	}

}
