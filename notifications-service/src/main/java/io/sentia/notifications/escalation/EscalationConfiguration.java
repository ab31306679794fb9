package io.sentia.notifications.escalation;

import java.time.Clock;
import java.time.Duration;

import io.sentia.notifications.decisions.FollowUps;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Wires the follow-up schedule; {@code sentia.notifications.follow-up-interval} sets how
 * often it looks (default 30 s).
 */
@Configuration(proxyBeanMethods = false)
class EscalationConfiguration {

	@Bean
	FollowUpSchedule followUpSchedule(FollowUps followUps, TransactionOperations transaction, TaskScheduler scheduler,
			Clock clock, @Value("${sentia.notifications.follow-up-interval:30s}") Duration interval) {
		return new FollowUpSchedule(followUps, transaction, scheduler, clock, interval);
	}

}
