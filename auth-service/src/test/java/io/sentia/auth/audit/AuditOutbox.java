package io.sentia.auth.audit;

import java.time.Clock;

import javax.sql.DataSource;

import io.sentia.servicekit.config.JsonDefaults;
import io.sentia.servicekit.config.ServiceKitSchema;
import io.sentia.servicekit.observability.TraceHeaders;
import io.sentia.servicekit.outbox.OutboxPublisher;

import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log as the service wires it, for JDBC slices: the log, its request origin,
 * and the service kit's outbox publisher, tables and event JSON rules on the slice's
 * database (no relay, no Kafka).
 */
@TestConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
@Import({ AuditLog.class, RequestOrigin.class })
public class AuditOutbox {

	@Bean
	JsonDefaults sentiaJsonDefaults() {
		return new JsonDefaults();
	}

	@Bean
	ServiceKitSchema serviceKitSchema(DataSource dataSource) {
		return new ServiceKitSchema(dataSource);
	}

	@Bean
	OutboxPublisher outboxPublisher(ServiceKitSchema schema, JdbcClient jdbc, JsonMapper json) {
		return new OutboxPublisher(jdbc, json, new TraceHeaders(null, null), "auth-service", Clock.systemUTC());
	}

}
