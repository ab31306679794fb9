/**
 * Intermittent demand (many zero periods): Croston, its Syntetos–Boylan bias correction
 * (SBA) and Teunter–Syntetos–Babai (TSB), with intervals from the empirical distribution
 * of in-sample errors.
 */
package io.sentia.forecasting.engine.intermittent;
