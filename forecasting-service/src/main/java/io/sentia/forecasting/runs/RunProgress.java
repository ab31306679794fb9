package io.sentia.forecasting.runs;

/**
 * Told each time a run finishes forecasting one series; called from worker threads.
 */
@FunctionalInterface
public interface RunProgress {

	void seriesDone(int done, int total);

}
