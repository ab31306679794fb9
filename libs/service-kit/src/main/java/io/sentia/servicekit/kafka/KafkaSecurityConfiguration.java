package io.sentia.servicekit.kafka;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Applies {@code sentia.kafka.security.*} to Boot's {@code spring.kafka} settings before
 * any client is built from them, so producers, consumers, the admin (topic creation), the
 * Kafka health check and whatever a service builds from {@link KafkaProperties} all
 * authenticate the same way. Boot's properties are the one place every client reads; its
 * factory customizers would miss the admin and the health check.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SentiaKafkaProperties.class)
public class KafkaSecurityConfiguration {

	@Bean
	static BeanPostProcessor sentiaKafkaClientSecurity(ObjectProvider<SentiaKafkaProperties> properties) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				// After initialisation, so Boot has bound spring.kafka.* already.
				if (bean instanceof KafkaProperties kafka) {
					apply(properties.getObject().security(), kafka);
				}
				return bean;
			}

		};
	}

	/**
	 * Writes the security settings into Boot's Kafka properties; plaintext changes
	 * nothing, so a service's own {@code spring.kafka.security}/{@code ssl} settings keep
	 * working.
	 * @param security the kit's settings
	 * @param kafka Boot's properties
	 */
	static void apply(KafkaClientSecurity security, KafkaProperties kafka) {
		if (security.protocol() == KafkaClientSecurity.Protocol.PLAINTEXT) {
			return;
		}
		// Boot writes its own security.protocol per client when set; keep the two equal.
		kafka.getSecurity().setProtocol(security.protocol().name());
		kafka.getProperties().putAll(security.clientProperties());
	}

}
