package io.sentia.forecasting.engine.arima;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimated ARIMA coefficients, and the expanded operators φ(B)Φ(B^m) = 1 + Σ
 * arCoefficients·B^arLags and θ(B)Θ(B^m) = 1 + Σ maCoefficients·B^maLags kept sparse for
 * fast filtering.
 *
 * @param ar non-seasonal AR coefficients (x_t = Σ ar_i x_{t−i} + …)
 * @param ma non-seasonal MA coefficients (… + e_t + Σ ma_j e_{t−j})
 * @param seasonalAr seasonal AR coefficients
 * @param seasonalMa seasonal MA coefficients
 * @param mean mean of the differenced series
 * @param arOperator dense φ(B)Φ(B^m)
 * @param maOperator dense θ(B)Θ(B^m)
 * @param arLags lags with a non-zero AR operator coefficient
 * @param arCoefficients those coefficients
 * @param maLags lags with a non-zero MA operator coefficient
 * @param maCoefficients those coefficients
 */
record Coefficients(double[] ar, double[] ma, double[] seasonalAr, double[] seasonalMa, double mean,
		double[] arOperator, double[] maOperator, int[] arLags, double[] arCoefficients, int[] maLags,
		double[] maCoefficients) {

	static Coefficients of(double[] ar, double[] ma, double[] seasonalAr, double[] seasonalMa, double mean,
			int period) {
		double[] arOperator = Polynomials.multiply(Polynomials.operator(ar, 1, -1),
				Polynomials.operator(seasonalAr, period, -1));
		double[] maOperator = Polynomials.multiply(Polynomials.operator(ma, 1, 1),
				Polynomials.operator(seasonalMa, period, 1));
		List<Integer> arLags = new ArrayList<>();
		for (int i = 1; i < arOperator.length; i++) {
			if (arOperator[i] != 0) {
				arLags.add(i);
			}
		}
		List<Integer> maLags = new ArrayList<>();
		for (int j = 1; j < maOperator.length; j++) {
			if (maOperator[j] != 0) {
				maLags.add(j);
			}
		}
		int[] arLagArray = arLags.stream().mapToInt(Integer::intValue).toArray();
		int[] maLagArray = maLags.stream().mapToInt(Integer::intValue).toArray();
		double[] arValues = new double[arLagArray.length];
		for (int i = 0; i < arLagArray.length; i++) {
			arValues[i] = arOperator[arLagArray[i]];
		}
		double[] maValues = new double[maLagArray.length];
		for (int j = 0; j < maLagArray.length; j++) {
			maValues[j] = maOperator[maLagArray[j]];
		}
		return new Coefficients(ar, ma, seasonalAr, seasonalMa, mean, arOperator, maOperator, arLagArray, arValues,
				maLagArray, maValues);
	}

}
