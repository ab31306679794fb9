package io.sentia.forecasting.engine.arima;

/**
 * Lag polynomials c_0 + c_1·B + c_2·B² + … as coefficient arrays.
 */
final class Polynomials {

	private Polynomials() {
	}

	static double[] multiply(double[] a, double[] b) {
		double[] out = new double[a.length + b.length - 1];
		for (int i = 0; i < a.length; i++) {
			if (a[i] == 0) {
				continue;
			}
			for (int j = 0; j < b.length; j++) {
				out[i + j] += a[i] * b[j];
			}
		}
		return out;
	}

	/** 1 + sign·(c_1 B^step + c_2 B^{2·step} + …). */
	static double[] operator(double[] coefficients, int step, double sign) {
		double[] out = new double[coefficients.length * step + 1];
		out[0] = 1;
		for (int i = 0; i < coefficients.length; i++) {
			out[(i + 1) * step] = sign * coefficients[i];
		}
		return out;
	}

	/** (1 − B)^d (1 − B^m)^D. */
	static double[] differencing(int d, int seasonalD, int m) {
		double[] out = { 1 };
		for (int i = 0; i < d; i++) {
			out = multiply(out, new double[] { 1, -1 });
		}
		for (int i = 0; i < seasonalD; i++) {
			double[] seasonal = new double[m + 1];
			seasonal[0] = 1;
			seasonal[m] = -1;
			out = multiply(out, seasonal);
		}
		return out;
	}

	/**
	 * AR coefficients a (x_t = Σ a_i x_{t−i} + e_t) whose partial autocorrelations are r;
	 * every r in (−1, 1) gives a stationary polynomial (Durbin–Levinson step-up, as Jones
	 * 1980 / R's arima).
	 */
	static double[] fromPartialAutocorrelations(double[] r) {
		int k = r.length;
		double[] a = new double[k];
		double[] previous = new double[k];
		for (int j = 0; j < k; j++) {
			System.arraycopy(a, 0, previous, 0, j);
			a[j] = r[j];
			for (int i = 0; i < j; i++) {
				a[i] = previous[i] - r[j] * previous[j - 1 - i];
			}
		}
		return a;
	}

	/**
	 * Applies the differencing operator: out_t = Σ c_i y_{t+L−i} for t = 0..n−L−1, L =
	 * degree.
	 */
	static double[] apply(double[] operator, double[] y) {
		int degree = operator.length - 1;
		double[] out = new double[Math.max(0, y.length - degree)];
		for (int t = 0; t < out.length; t++) {
			double sum = 0;
			for (int i = 0; i <= degree; i++) {
				sum += operator[i] * y[t + degree - i];
			}
			out[t] = sum;
		}
		return out;
	}

}
