package io.sentia.integrations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.sentia.integrations.connection.SimulatedProviders;
import io.sentia.integrations.demo.DemoProfile;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole service with MockMvc, as devstack runs it: the demo profile on (so the
 * endpoint security matrix covers the demo endpoints) but its loader off, a simulated
 * provider (connector and webhook handler) and a quick webhook retry schedule. One Spring
 * context shared by every test class that carries it (the endpoint security matrix
 * included).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "sentia.demo.enabled=false", "sentia.demo.days=30",
		"sentia.integrations.webhooks.first-backoff=50ms", "sentia.integrations.webhooks.max-backoff=200ms",
		"sentia.integrations.webhooks.max-attempts=3", "sentia.integrations.webhooks.sweep-interval=100ms" })
@AutoConfigureMockMvc
@ActiveProfiles(DemoProfile.NAME)
@Import(SimulatedProviders.class)
public @interface IntegrationsWebTest {

}
