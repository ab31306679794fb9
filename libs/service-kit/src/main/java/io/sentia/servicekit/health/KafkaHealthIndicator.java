package io.sentia.servicekit.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports Kafka up when the cluster answers {@code describeCluster} within a short
 * timeout. The answer is cached for a few seconds, so probes hitting every pod every few
 * seconds cost the brokers next to nothing and never wait long.
 */
public class KafkaHealthIndicator implements HealthIndicator, DisposableBean {

	private final Map<String, Object> adminConfig;

	private final Duration timeout;

	private final Duration cacheFor;

	private final Clock clock;

	private @Nullable Admin admin;

	private @Nullable Health lastHealth;

	private Instant lastCheck = Instant.MIN;

	/**
	 * Creates the indicator.
	 * @param adminConfig Kafka admin client configuration (bootstrap servers, security)
	 * @param timeout how long one check may take
	 * @param cacheFor how long an answer is reused
	 * @param clock the clock deciding when an answer is stale
	 */
	public KafkaHealthIndicator(Map<String, Object> adminConfig, Duration timeout, Duration cacheFor, Clock clock) {
		this.adminConfig = new HashMap<>(adminConfig);
		int timeoutMillis = Math.toIntExact(timeout.toMillis());
		this.adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMillis);
		this.adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMillis);
		this.timeout = timeout;
		this.cacheFor = cacheFor;
		this.clock = clock;
	}

	@Override
	public synchronized Health health() {
		Instant now = this.clock.instant();
		if (this.lastHealth == null || !now.isBefore(this.lastCheck.plus(this.cacheFor))) {
			this.lastHealth = check();
			this.lastCheck = now;
		}
		return this.lastHealth;
	}

	private Health check() {
		try {
			DescribeClusterResult cluster = admin()
				.describeCluster(new DescribeClusterOptions().timeoutMs(Math.toIntExact(this.timeout.toMillis())));
			String clusterId = cluster.clusterId().get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
			int nodes = cluster.nodes().get(this.timeout.toMillis(), TimeUnit.MILLISECONDS).size();
			return Health.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.down(ex).build();
		}
		catch (ExecutionException ex) {
			return Health.down((ex.getCause() != null) ? ex.getCause() : ex).build();
		}
		catch (TimeoutException | RuntimeException ex) {
			return Health.down(ex).build();
		}
	}

	private Admin admin() {
		if (this.admin == null) {
			this.admin = Admin.create(this.adminConfig);
		}
		return this.admin;
	}

	@Override
	public synchronized void destroy() {
		if (this.admin != null) {
			this.admin.close(Duration.ofSeconds(1));
			this.admin = null;
		}
	}

}
