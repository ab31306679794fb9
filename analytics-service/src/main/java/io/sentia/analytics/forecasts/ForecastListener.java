package io.sentia.analytics.forecasts;

import java.util.List;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.analytics.cache.CacheArea;
import io.sentia.events.ForecastPublished;
import io.sentia.events.Topics;
import io.sentia.servicekit.kafka.EventConsumer;
import io.sentia.servicekit.kafka.KafkaConfiguration;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Keeps the forecasts read model up to date from {@code forecasting.forecasts.v1}:
 * idempotent, the latest {@code generatedAt} of a series wins, poison to
 * {@code forecasting.forecasts.v1.dlt}.
 */
class ForecastListener {

	/** Name under which processed events are recorded; stable across releases. */
	static final String CONSUMER = "analytics.forecasts";

	private final ForecastRepository repository;

	private final EventConsumer events;

	private final AnswerCache cache;

	ForecastListener(ForecastRepository repository, EventConsumer events, AnswerCache cache) {
		this.repository = repository;
		this.events = events;
		this.cache = cache;
	}

	@KafkaListener(id = CONSUMER, topics = Topics.FORECASTING_FORECASTS,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY,
			concurrency = "${sentia.analytics.forecasts.consumers:1}")
	void onForecasts(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.events.on(CONSUMER, records, acknowledgment, ForecastPublished.class, (forecast) -> {
			this.repository.upsert(Forecast.of(forecast));
			this.cache.invalidate(forecast.tenantId(), CacheArea.FORECASTS);
		});
	}

}
