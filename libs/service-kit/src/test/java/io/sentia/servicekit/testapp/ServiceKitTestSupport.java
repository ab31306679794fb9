package io.sentia.servicekit.testapp;

import io.sentia.testkit.InfrastructureTests;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the kit's integration tests: the test service on a random port with real
 * PostgreSQL and Kafka. Subclasses share one context (and database) unless they change
 * its configuration.
 */
@SpringBootTest(classes = TestServiceApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class ServiceKitTestSupport extends InfrastructureTests {

	@LocalServerPort
	protected int port;

	protected Http http() {
		return new Http(this.port);
	}

}
