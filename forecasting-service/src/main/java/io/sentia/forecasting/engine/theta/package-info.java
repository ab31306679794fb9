/**
 * The Theta method (Assimakopoulos and Nikolopoulos, in Hyndman and Billah's
 * SES-with-drift form) with classical seasonal adjustment when the seasonality test
 * fires.
 */
package io.sentia.forecasting.engine.theta;
