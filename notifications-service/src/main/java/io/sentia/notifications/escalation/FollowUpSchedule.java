package io.sentia.notifications.escalation;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

import io.sentia.notifications.decisions.FollowUps;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Runs the {@link FollowUps} on the service's {@link TaskScheduler}, each step in a
 * transaction of its own, so a failing digest never holds back an escalation.
 */
class FollowUpSchedule implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(FollowUpSchedule.class);

	private final FollowUps followUps;

	private final TransactionOperations transaction;

	private final TaskScheduler scheduler;

	private final Clock clock;

	private final Duration interval;

	private volatile @Nullable ScheduledFuture<?> runs;

	FollowUpSchedule(FollowUps followUps, TransactionOperations transaction, TaskScheduler scheduler, Clock clock,
			Duration interval) {
		this.followUps = followUps;
		this.transaction = transaction;
		this.scheduler = scheduler;
		this.clock = clock;
		this.interval = interval;
	}

	void run() {
		step("reminders", () -> this.followUps.remind(this.clock.instant()));
		step("escalations", () -> this.followUps.escalate(this.clock.instant()));
		step("digests", () -> this.followUps.digest(this.clock.instant()));
	}

	private void step(String name, Runnable step) {
		try {
			this.transaction.executeWithoutResult((status) -> step.run());
		}
		catch (RuntimeException ex) {
			// The next run tries again; a scheduled task that throws would never run
			// again.
			log.warn("Notification {} failed: {}", name, ex.toString());
		}
	}

	@Override
	public void start() {
		this.runs = this.scheduler.scheduleWithFixedDelay(this::run,
				this.scheduler.getClock().instant().plus(this.interval), this.interval);
	}

	@Override
	public void stop() {
		ScheduledFuture<?> scheduled = this.runs;
		if (scheduled != null) {
			scheduled.cancel(false);
			this.runs = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.runs != null;
	}

}
