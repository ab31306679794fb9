package io.sentia.analytics.cache;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.sentia.testkit.Infrastructure;
import io.sentia.testkit.RedisServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The answers cache on a real Redis, with two cache instances standing for two service
 * instances that share it.
 */
class AnswerCacheTests {

	private static final Set<CacheArea> SALES = Set.of(CacheArea.SALES, CacheArea.FX);

	private final String tenant = UUID.randomUUID().toString();

	private final AtomicInteger computed = new AtomicInteger();

	private final MeterRegistry meters = new SimpleMeterRegistry();

	private LettuceConnectionFactory connections;

	private AnswerCache here;

	private AnswerCache there;

	@BeforeEach
	void connect() {
		RedisServer redis = Infrastructure.redis();
		this.connections = connections(redis.host(), redis.port());
		this.here = cache(this.connections, true, this.meters);
		this.there = cache(this.connections, true, new SimpleMeterRegistry());
	}

	@AfterEach
	void disconnect() {
		this.connections.destroy();
	}

	@Test
	void anAnswerIsComputedOnceThenServedFromMemoryHereAndFromRedisOnAnotherInstance() {
		assertThat(ask(this.here, "q")).isEqualTo(new Answer("q", 1));
		assertThat(ask(this.here, "q")).isEqualTo(new Answer("q", 1));
		assertThat(ask(this.there, "q")).isEqualTo(new Answer("q", 1));

		assertThat(this.computed).hasValue(1);
		assertThat(count("local", "hit")).isEqualTo(1);
		assertThat(count("none", "miss")).isEqualTo(1);
	}

	@Test
	void anEventOnAnAreaTheAnswerReadDropsItOnEveryInstance() {
		ask(this.here, "q");
		ask(this.there, "q");

		this.there.invalidate(this.tenant, CacheArea.FX);

		assertThat(ask(this.here, "q")).isEqualTo(new Answer("q", 2));
		assertThat(ask(this.there, "q")).isEqualTo(new Answer("q", 2));
		assertThat(this.computed).hasValue(2);
	}

	@Test
	void eventsOnOtherAreasOrOtherTenantsKeepTheAnswer() {
		ask(this.here, "q");

		this.here.invalidate(this.tenant, CacheArea.INVENTORY);
		this.here.invalidate(UUID.randomUUID().toString(), CacheArea.SALES);

		assertThat(ask(this.here, "q")).isEqualTo(new Answer("q", 1));
		assertThat(ask(this.there, "q")).isEqualTo(new Answer("q", 1));
	}

	@Test
	void insideATransactionTheAnswerIsDroppedOnlyOnceItCommits() {
		ask(this.here, "q");
		TransactionSynchronizationManager.initSynchronization();
		try {
			this.here.invalidate(this.tenant, CacheArea.SALES);
			// Computed now, the answer would still read the uncommitted state's
			// predecessor; it must not outlive the commit.
			assertThat(ask(this.here, "q")).isEqualTo(new Answer("q", 1));

			TransactionSynchronizationManager.getSynchronizations()
				.forEach((synchronization) -> synchronization
					.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}

		assertThat(ask(this.here, "q")).isEqualTo(new Answer("q", 2));
	}

	@Test
	void aRolledBackTransactionDropsNothing() {
		ask(this.here, "q");
		TransactionSynchronizationManager.initSynchronization();
		try {
			this.here.invalidate(this.tenant, CacheArea.SALES);
			TransactionSynchronizationManager.getSynchronizations()
				.forEach((synchronization) -> synchronization
					.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}

		assertThat(ask(this.here, "q")).isEqualTo(new Answer("q", 1));
	}

	@Test
	void withRedisUnreachableEveryAnswerIsStillGivenAndTheFailuresAreCounted() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		LettuceConnectionFactory unreachable = connections("127.0.0.1", closedPort);
		try {
			AnswerCache cache = cache(unreachable, true, this.meters);

			assertThat(ask(cache, "q")).isEqualTo(new Answer("q", 1));
			cache.invalidate(this.tenant, CacheArea.SALES);
			assertThat(ask(cache, "q")).isEqualTo(new Answer("q", 2));

			assertThat(this.meters.get("sentia.analytics.cache.shared.failures").counter().count())
				.isGreaterThanOrEqualTo(3);
		}
		finally {
			unreachable.destroy();
		}
	}

	@Test
	void simultaneousMissesOnOneAnswerComputeItOnceAndShareIt() throws Exception {
		CountDownLatch computing = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService callers = Executors.newFixedThreadPool(8);
		try {
			Future<Answer> first = callers.submit(() -> this.here.get(this.tenant, SALES, "slow", Answer.class, () -> {
				computing.countDown();
				await(release);
				return new Answer("slow", this.computed.incrementAndGet());
			}));
			computing.await();
			List<Future<Answer>> others = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				others.add(callers.submit(() -> ask(this.here, "slow")));
			}
			Awaitility.await().until(() -> count("in-flight", "hit") == 7);
			release.countDown();

			assertThat(first.get()).isEqualTo(new Answer("slow", 1));
			for (Future<Answer> other : others) {
				assertThat(other.get()).isEqualTo(new Answer("slow", 1));
			}
			assertThat(this.computed).hasValue(1);
		}
		finally {
			callers.shutdownNow();
		}
	}

	@Test
	void aFailedComputationFailsThoseWaitingForItAndTheNextRequestComputesAgain() throws Exception {
		CountDownLatch computing = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService callers = Executors.newFixedThreadPool(2);
		try {
			Future<Answer> first = callers.submit(() -> this.here.get(this.tenant, SALES, "fails", Answer.class, () -> {
				computing.countDown();
				await(release);
				throw new IllegalStateException("read model unavailable");
			}));
			computing.await();
			Future<Answer> waiting = callers.submit(() -> ask(this.here, "fails"));
			Awaitility.await().until(() -> count("in-flight", "hit") == 1);
			release.countDown();

			assertThatThrownBy(first::get).hasRootCauseInstanceOf(IllegalStateException.class);
			assertThatThrownBy(waiting::get).hasRootCauseMessage("read model unavailable");
			assertThat(ask(this.here, "fails")).isEqualTo(new Answer("fails", 1));
		}
		finally {
			callers.shutdownNow();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void turnedOffItComputesEveryTime() {
		AnswerCache off = cache(this.connections, false, this.meters);

		ask(off, "q");
		ask(off, "q");

		assertThat(this.computed).hasValue(2);
	}

	private Answer ask(AnswerCache cache, String question) {
		return cache.get(this.tenant, SALES, question, Answer.class,
				() -> new Answer(question, this.computed.incrementAndGet()));
	}

	private double count(String level, String result) {
		return this.meters.get("sentia.analytics.cache.requests")
			.tag("level", level)
			.tag("result", result)
			.counter()
			.count();
	}

	private static AnswerCache cache(LettuceConnectionFactory connections, boolean enabled, MeterRegistry meters) {
		// Generations are read from Redis on every request, so another instance's event
		// is
		// seen at once and the tests need not wait.
		AnswerCacheProperties properties = new AnswerCacheProperties(enabled, 100L, Duration.ofMinutes(1),
				Duration.ofMinutes(1), Duration.ZERO);
		return new AnswerCache(properties, new StringRedisTemplate(connections), JsonMapper.builder().build(), meters);
	}

	private static LettuceConnectionFactory connections(String host, int port) {
		LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(host, port),
				LettuceClientConfiguration.builder().commandTimeout(Duration.ofSeconds(10)).build());
		factory.afterPropertiesSet();
		factory.start();
		return factory;
	}

	/** An answer as a service would cache it. */
	record Answer(String question, int computation) {

	}

}
