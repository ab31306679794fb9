package io.sentia.servicekit.observability;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Observability beans of the kit. Exposure, common tags, sampling and the log format are
 * property defaults, see
 * {@link io.sentia.servicekit.config.ServiceDefaultsEnvironmentPostProcessor}.
 */
@Configuration(proxyBeanMethods = false)
public class ObservabilityConfiguration {

	@Bean
	@ConditionalOnMissingBean
	TraceHeaders traceHeaders(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		return new TraceHeaders(tracer.getIfAvailable(), propagator.getIfAvailable());
	}

}
