package io.sentia.notifications;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The context of tests that drive the API or a dispatcher themselves: no Kafka listener
 * joins a consumer group (so the flow tests' context gets every event) and the service's
 * own dispatcher stays off. One annotation, so these classes share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sentia.notifications.delivery.enabled=false", "spring.kafka.listener.auto-startup=false" })
@AutoConfigureMockMvc
public @interface QuietContext {

}
