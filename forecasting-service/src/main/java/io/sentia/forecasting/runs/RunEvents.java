package io.sentia.forecasting.runs;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.scheduling.TaskScheduler;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Streams a run's progress as Server-Sent Events: a {@code progress} event whenever the
 * stored progress changes, then one {@code finished} event, and the stream ends. It reads
 * what the running instance writes, so a client may follow a run from any instance.
 */
class RunEvents {

	static final String PROGRESS = "progress";

	static final String FINISHED = "finished";

	private final RunService runs;

	private final TaskScheduler poller;

	private final Duration interval;

	private final Duration timeout;

	RunEvents(RunService runs, TaskScheduler poller, Duration interval, Duration timeout) {
		this.runs = runs;
		this.poller = poller;
		this.interval = interval;
		this.timeout = timeout;
	}

	/** A stream for a run the caller has checked exists for the tenant. */
	SseEmitter stream(String tenantId, UUID id) {
		SseEmitter emitter = new SseEmitter(this.timeout.toMillis());
		AtomicReference<ForecastRun> last = new AtomicReference<>();
		AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
		Runnable poll = () -> {
			ForecastRun run = this.runs.find(tenantId, id).orElse(null);
			try {
				if (run == null) {
					emitter.complete();
				}
				else if (run.finished()) {
					emitter.send(SseEmitter.event().name(FINISHED).id(id + ":" + run.seriesDone()).data(run));
					emitter.complete();
				}
				else if (!same(run, last.get())) {
					emitter.send(SseEmitter.event().name(PROGRESS).id(id + ":" + run.seriesDone()).data(run));
					last.set(run);
					return;
				}
				else {
					return;
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client went away; nothing to tell anyone.
				emitter.completeWithError(ex);
			}
			ScheduledFuture<?> scheduled = task.get();
			if (scheduled != null) {
				scheduled.cancel(false);
			}
		};
		task.set(this.poller.scheduleWithFixedDelay(poll, this.interval));
		Runnable stop = () -> {
			ScheduledFuture<?> scheduled = task.get();
			if (scheduled != null) {
				scheduled.cancel(false);
			}
		};
		emitter.onCompletion(stop);
		emitter.onTimeout(stop);
		emitter.onError((ex) -> stop.run());
		return emitter;
	}

	private static boolean same(ForecastRun run, ForecastRun previous) {
		return previous != null && previous.status().equals(run.status()) && previous.seriesDone() == run.seriesDone()
				&& previous.seriesTotal() == run.seriesTotal();
	}

}
