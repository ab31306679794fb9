package io.sentia.analytics.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps computed answers per tenant at two levels: each instance's memory (Caffeine) and
 * Redis, shared by all instances. An answer is stored under the tenant, the
 * <em>generations</em> of the {@link CacheArea areas} it was computed from, and the
 * question. Applying an event to an area bumps that tenant's generation of it in Redis
 * (after the event's transaction commits), so every answer that read the area is
 * unreachable at once, here and, within {@code generationRefresh}, on every other
 * instance; time-to-live only frees memory.
 * <p>
 * Redis is an accelerator, not a dependency: when it fails, answers are computed (and
 * kept in memory only briefly, under a generation no other instance shares), a failure is
 * counted, and no request fails because of the cache.
 * <p>
 * Requests that miss on the same answer at the same time compute it once: the first
 * computes, the others wait for its answer (counted as {@code in-flight} hits), so fifty
 * people opening the same dashboard after a change cost one computation, not fifty.
 */
public class AnswerCache {

	private static final Logger log = LoggerFactory.getLogger(AnswerCache.class);

	private static final String GENERATION_PREFIX = "sentia:analytics:generation:";

	private static final String ANSWER_PREFIX = "sentia:analytics:answer:";

	/** Generations invented while Redis is unreachable: negative, never issued by it. */
	private static final AtomicLong unshared = new AtomicLong();

	private final AnswerCacheProperties properties;

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	private final Cache<String, Object> local;

	private final LoadingCache<String, Long> generations;

	private final Counter localHits;

	private final Counter sharedHits;

	private final Counter misses;

	private final Counter sharedFailures;

	private final Counter inFlightHits;

	/** Answers being computed now, by key, so simultaneous misses compute once. */
	private final ConcurrentMap<String, CompletableFuture<Object>> inFlight = new ConcurrentHashMap<>();

	public AnswerCache(AnswerCacheProperties properties, StringRedisTemplate redis, JsonMapper json,
			MeterRegistry meters) {
		this.properties = properties;
		this.redis = redis;
		this.json = json;
		this.local = Caffeine.newBuilder()
			.maximumSize(properties.localMaximumSize())
			.expireAfterWrite(properties.localTimeToLive())
			.build();
		this.generations = Caffeine.newBuilder()
			.expireAfterWrite(properties.generationRefresh())
			.build(new GenerationLoader());
		this.localHits = requests(meters, "local", "hit");
		this.sharedHits = requests(meters, "shared", "hit");
		this.misses = requests(meters, "none", "miss");
		this.inFlightHits = requests(meters, "in-flight", "hit");
		this.sharedFailures = Counter.builder("sentia.analytics.cache.shared.failures")
			.description("Redis calls of the answers cache that failed; the answer was computed instead")
			.register(meters);
	}

	private static Counter requests(MeterRegistry meters, String level, String result) {
		return Counter.builder("sentia.analytics.cache.requests")
			.description("Answers asked of the cache, by the level that answered")
			.tag("level", level)
			.tag("result", result)
			.register(meters);
	}

	/**
	 * The tenant's answer to a question, from memory, from Redis, or computed and kept.
	 * @param <T> the answer, a record Jackson can write and read back
	 * @param tenantId the tenant whose data the answer is made of
	 * @param areas the areas the answer is computed from
	 * @param question everything else the answer depends on, e.g.
	 * {@code sales?from=2025-01-01&to=2025-01-31&groupBy=region}
	 * @param type the answer's class
	 * @param compute computes the answer from the read models
	 * @return the answer
	 */
	public <T> T get(String tenantId, Set<CacheArea> areas, String question, Class<T> type, Supplier<T> compute) {
		if (!this.properties.enabled()) {
			return compute.get();
		}
		String key = key(tenantId, areas, question, type);
		Object kept = this.local.getIfPresent(key);
		if (type.isInstance(kept)) {
			this.localHits.increment();
			return type.cast(kept);
		}
		CompletableFuture<Object> mine = new CompletableFuture<>();
		CompletableFuture<Object> running = this.inFlight.putIfAbsent(key, mine);
		if (running != null) {
			this.inFlightHits.increment();
			return type.cast(awaitAnswer(running));
		}
		try {
			T answer = sharedOrComputed(key, type, compute);
			mine.complete(answer);
			return answer;
		}
		catch (RuntimeException | Error ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.inFlight.remove(key, mine);
		}
	}

	private <T> T sharedOrComputed(String key, Class<T> type, Supplier<T> compute) {
		String sharedKey = ANSWER_PREFIX + sha256(key);
		T shared = readShared(sharedKey, type);
		if (shared != null) {
			this.sharedHits.increment();
			this.local.put(key, shared);
			return shared;
		}
		this.misses.increment();
		T answer = compute.get();
		this.local.put(key, answer);
		writeShared(sharedKey, answer);
		return answer;
	}

	/** Another request's answer, or its failure as that request saw it. */
	private static Object awaitAnswer(CompletableFuture<Object> running) {
		try {
			return running.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	/**
	 * Drops every answer of the tenant computed from the area, once the current
	 * transaction commits (at once outside a transaction): an answer computed meanwhile
	 * from the uncommitted state could otherwise outlive the change.
	 * @param tenantId the tenant whose data changed
	 * @param area what changed
	 */
	public void invalidate(String tenantId, CacheArea area) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			bump(tenantId, area);
			return;
		}
		@SuppressWarnings("unchecked")
		Set<Map.Entry<String, CacheArea>> pending = (Set<Map.Entry<String, CacheArea>>) TransactionSynchronizationManager
			.getResource(this);
		if (pending == null) {
			// One synchronization per transaction, however many events of a batch touch
			// the same tenant and area: each pair is bumped once.
			Set<Map.Entry<String, CacheArea>> created = new LinkedHashSet<>();
			TransactionSynchronizationManager.bindResource(this, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(AnswerCache.this);
					if (status == STATUS_COMMITTED) {
						created.forEach((change) -> bump(change.getKey(), change.getValue()));
					}
				}
			});
			pending = created;
		}
		pending.add(Map.entry(tenantId, area));
	}

	private void bump(String tenantId, CacheArea area) {
		String key = generationKey(tenantId, area);
		Long generation;
		try {
			generation = this.redis.opsForValue().increment(GENERATION_PREFIX + key);
		}
		catch (DataAccessException ex) {
			failed("bump a generation", ex);
			generation = null;
		}
		this.generations.put(key, (generation != null) ? generation : unshared());
	}

	private String key(String tenantId, Set<CacheArea> areas, String question, Class<?> type) {
		List<String> keys = new TreeSet<>(areas.stream().map((area) -> generationKey(tenantId, area)).toList()).stream()
			.toList();
		Map<String, Long> current = this.generations.getAll(keys);
		StringBuilder key = new StringBuilder(tenantId).append('|');
		for (String area : keys) {
			key.append(area.substring(area.lastIndexOf('|') + 1)).append('=').append(current.get(area)).append(',');
		}
		return key.append('|').append(type.getName()).append('|').append(question).toString();
	}

	private <T> T readShared(String sharedKey, Class<T> type) {
		try {
			String stored = this.redis.opsForValue().get(sharedKey);
			return (stored != null) ? this.json.readValue(stored, type) : null;
		}
		catch (DataAccessException ex) {
			failed("read an answer", ex);
			return null;
		}
		catch (RuntimeException ex) {
			// An answer of an older release's shape: computed anew and overwritten.
			log.debug("Ignoring an unreadable cached answer of {}", type.getSimpleName(), ex);
			return null;
		}
	}

	private void writeShared(String sharedKey, Object answer) {
		try {
			this.redis.opsForValue()
				.set(sharedKey, this.json.writeValueAsString(answer), this.properties.sharedTimeToLive());
		}
		catch (DataAccessException ex) {
			failed("keep an answer", ex);
		}
	}

	private void failed(String what, DataAccessException ex) {
		this.sharedFailures.increment();
		log.warn("Answers cache could not {} in Redis ({}); computing without it", what, ex.getClass().getSimpleName());
	}

	private static String generationKey(String tenantId, CacheArea area) {
		return tenantId + "|" + area.key();
	}

	private static long unshared() {
		return -unshared.incrementAndGet();
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

	/** Reads generations from Redis, all of one answer's areas in one round trip. */
	private final class GenerationLoader implements CacheLoader<String, Long> {

		@Override
		public Long load(String key) {
			return loadAll(Set.of(key)).get(key);
		}

		@Override
		public Map<String, Long> loadAll(Set<? extends String> keys) {
			List<String> ordered = new ArrayList<>(keys);
			Map<String, Long> loaded = new LinkedHashMap<>();
			try {
				List<String> values = AnswerCache.this.redis.opsForValue()
					.multiGet(ordered.stream().map((key) -> GENERATION_PREFIX + key).toList());
				for (int i = 0; i < ordered.size(); i++) {
					String value = (values != null) ? values.get(i) : null;
					loaded.put(ordered.get(i), (value != null) ? Long.parseLong(value) : 0L);
				}
			}
			catch (DataAccessException ex) {
				failed("read generations", ex);
				ordered.forEach((key) -> loaded.put(key, unshared()));
			}
			return loaded;
		}

	}

}
