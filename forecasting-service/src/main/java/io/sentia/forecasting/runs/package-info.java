/**
 * Forecast runs: on demand and daily per tenant, every SKU × channel × region forecast in
 * parallel, reconciled, backtested against naive baselines, stored and published, with
 * progress over the API and Server-Sent Events.
 */
package io.sentia.forecasting.runs;
