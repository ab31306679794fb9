package io.sentia.notifications.feed;

import java.time.Clock;
import java.time.Duration;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;

/**
 * Wires the feed, its sender and its streams, with a heartbeat on the service's
 * {@link TaskScheduler}.
 */
@Configuration(proxyBeanMethods = false)
class FeedConfiguration {

	@Bean
	FeedItems feedItems(JdbcClient jdbc, JsonMapper json) {
		return new FeedItems(jdbc, json);
	}

	@Bean
	FeedStreams feedStreams(@Value("${sentia.notifications.feed.stream-timeout:30m}") Duration timeout,
			@Value("${sentia.notifications.feed.heartbeat:20s}") Duration heartbeat, TaskScheduler scheduler) {
		FeedStreams streams = new FeedStreams(timeout);
		scheduler.scheduleWithFixedDelay(streams::heartbeat, heartbeat);
		return streams;
	}

	@Bean
	InAppSender inAppSender(FeedItems items, FeedStreams streams, Clock clock) {
		return new InAppSender(items, streams, clock);
	}

}
