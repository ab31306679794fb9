package io.sentia.analytics.recommendations;

import java.util.List;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.analytics.cache.CacheArea;
import io.sentia.events.PurchasePlanChanged;
import io.sentia.events.ReorderRecommended;
import io.sentia.events.SuggestionStatusChanged;
import io.sentia.events.Topics;
import io.sentia.servicekit.kafka.EventConsumer;
import io.sentia.servicekit.kafka.KafkaConfiguration;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Keeps the suggested purchases up to date from {@code forecasting.recommendations.v1}
 * (both its event types): idempotent, the latest recommendation and the highest plan
 * revision win, poison to {@code forecasting.recommendations.v1.dlt}.
 */
class RecommendationListener {

	/** Name under which processed events are recorded; stable across releases. */
	static final String CONSUMER = "analytics.recommendations";

	private final EventConsumer.Handlers handlers;

	RecommendationListener(SuggestedPurchaseRepository repository, EventConsumer events, AnswerCache cache) {
		this.handlers = events.handlers(CONSUMER).on(ReorderRecommended.class, (recommendation) -> {
			repository.upsert(recommendation);
			cache.invalidate(recommendation.tenantId(), CacheArea.FORECASTS);
		}).on(PurchasePlanChanged.class, (plan) -> {
			repository.upsert(plan);
			cache.invalidate(plan.tenantId(), CacheArea.FORECASTS);
		}).on(SuggestionStatusChanged.class, (change) -> {
			repository.upsert(change);
			cache.invalidate(change.tenantId(), CacheArea.FORECASTS);
		});
	}

	@KafkaListener(id = CONSUMER, topics = Topics.FORECASTING_RECOMMENDATIONS,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY,
			concurrency = "${sentia.analytics.recommendations.consumers:1}")
	void onRecommendations(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.handlers.apply(records, acknowledgment);
	}

}
