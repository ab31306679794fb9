/**
 * Exponential smoothing in innovations state-space form (ETS): filtering,
 * maximum-likelihood estimation and automatic model choice by AICc.
 */
package io.sentia.forecasting.engine.ets;
