package io.sentia.analytics.cache;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Wires the answers cache on Boot's Redis connection.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnswerCacheProperties.class)
class AnswerCacheConfiguration {

	@Bean
	AnswerCache answerCache(AnswerCacheProperties properties, StringRedisTemplate redis, JsonMapper json,
			MeterRegistry meters) {
		return new AnswerCache(properties, redis, json, meters);
	}

}
