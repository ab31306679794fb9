package io.sentia.forecasting.runs;

import java.util.UUID;

/**
 * Work that belongs to a run's results, such as purchase suggestions and stock alerts: it
 * runs inside the transaction that stores the results, before the run is marked
 * succeeded, so a client that sees the run succeeded also sees what followed from it. An
 * implementation must not throw for its own failures (it records them), because the
 * forecasts stand on their own.
 */
@FunctionalInterface
public interface RunFollowUp {

	void afterResults(String tenantId, UUID runId);

}
