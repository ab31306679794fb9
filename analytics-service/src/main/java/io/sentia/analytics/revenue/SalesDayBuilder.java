package io.sentia.analytics.revenue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.sentia.analytics.fx.FxConverter;
import io.sentia.analytics.workingcapital.BaseCurrency;
import io.sentia.analytics.workingcapital.DateRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code sales_day} in step with the order read model, in the background: one
 * thread, a few weeks of days per transaction, only days whose last change is at least
 * {@code quiet} old (so a day receiving orders right now is summed from its orders, and
 * not rebuilt after every batch). Requests never wait for it: a day it has not built yet
 * is stale, and {@link SalesQueries} sums a stale day from its orders.
 * <p>
 * A rebuild reads a day's mark (and its version), then sums the day, then removes the
 * mark only if its version is unchanged, all in one transaction; an order stored
 * meanwhile has bumped the version, so its day stays stale and is built again. Instances
 * share the work through a per-tenant advisory lock.
 */
public class SalesDayBuilder implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SalesDayBuilder.class);

	/** Batches of one pass at most, so a pass ends and the next one looks afresh. */
	private static final int MAX_BATCHES_PER_PASS = 500;

	private final SalesQueries queries;

	private final FxConverter fx;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final SalesDayProperties properties;

	private ScheduledExecutorService executor;

	SalesDayBuilder(SalesQueries queries, FxConverter fx, JdbcClient jdbc, TransactionTemplate transactions,
			SalesDayProperties properties) {
		this.queries = queries;
		this.fx = fx;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.properties = properties;
	}

	/**
	 * Builds every day that has been stale for at least {@code quiet}.
	 * @param quiet how long a day must have been left alone
	 * @return the days built
	 */
	public int buildStale(Duration quiet) {
		expandRebuildMarks(quiet);
		int built = 0;
		Set<String> skipped = new HashSet<>();
		for (int batch = 0; batch < MAX_BATCHES_PER_PASS; batch++) {
			List<StaleDay> stale = staleDays(quiet, skipped);
			if (stale.isEmpty()) {
				break;
			}
			String tenantId = stale.getFirst().tenantId();
			Integer days = this.transactions.execute((status) -> build(tenantId, stale));
			if (days == null || days == 0) {
				skipped.add(tenantId);
			}
			else {
				built += days;
			}
		}
		return built;
	}

	/** Turns each tenant's "every day from" mark into stale days. */
	private void expandRebuildMarks(Duration quiet) {
		List<RebuildMark> marks = this.jdbc.sql("""
				SELECT tenant_id, from_day, version FROM sales_rebuild_from
				WHERE marked_at <= now() - make_interval(secs => :quiet)
				""")
			.param("quiet", quiet.toMillis() / 1000.0)
			.query((row, number) -> new RebuildMark(row.getString("tenant_id"), row.getString("from_day"),
					row.getLong("version")))
			.list();
		for (RebuildMark mark : marks) {
			this.transactions.executeWithoutResult((status) -> {
				this.jdbc.sql("""
						INSERT INTO sales_day_stale AS s (tenant_id, day)
						SELECT DISTINCT tenant_id, order_date FROM order_revenue
						WHERE tenant_id = :tenant AND order_date >= CAST(:from AS date)
						ORDER BY 1, 2
						ON CONFLICT (tenant_id, day) DO UPDATE SET version = s.version + 1
						""").param("tenant", mark.tenantId()).param("from", mark.fromDay()).update();
				this.jdbc.sql("DELETE FROM sales_rebuild_from WHERE tenant_id = :tenant AND version = :version")
					.param("tenant", mark.tenantId())
					.param("version", mark.version())
					.update();
			});
		}
	}

	private List<StaleDay> staleDays(Duration quiet, Set<String> skipped) {
		return this.jdbc.sql("""
				WITH first AS (
				    SELECT tenant_id FROM sales_day_stale
				    WHERE marked_at <= now() - make_interval(secs => :quiet) AND tenant_id <> ALL(:skipped)
				    ORDER BY tenant_id LIMIT 1
				)
				SELECT s.tenant_id, s.day, s.version FROM sales_day_stale s JOIN first USING (tenant_id)
				WHERE s.marked_at <= now() - make_interval(secs => :quiet)
				ORDER BY s.day LIMIT :limit
				""")
			.param("quiet", quiet.toMillis() / 1000.0)
			.param("skipped", OrderRevenueRepository.textArray(skipped.toArray(String[]::new)))
			.param("limit", this.properties.daysPerBatch())
			.query((row, number) -> new StaleDay(row.getString("tenant_id"), row.getObject("day", LocalDate.class),
					row.getLong("version")))
			.list();
	}

	/**
	 * Builds the days in the current transaction; 0 when the tenant cannot be built now.
	 */
	private int build(String tenantId, List<StaleDay> stale) {
		Boolean locked = this.jdbc
			.sql("SELECT pg_try_advisory_xact_lock(hashtext('sentia.sales_day'), hashtext(:tenant))")
			.param("tenant", tenantId)
			.query(Boolean.class)
			.single();
		if (!Boolean.TRUE.equals(locked)) {
			return 0;
		}
		Optional<String> baseCurrency = this.fx.baseCurrency(tenantId);
		if (baseCurrency.isEmpty()) {
			// Nothing converts without it; its arrival marks every day again.
			return 0;
		}
		BaseCurrency base = BaseCurrency.of(baseCurrency.get());
		List<LocalDate> days = stale.stream().map(StaleDay::day).toList();
		DateRange range = new DateRange(days.getFirst(), days.getLast());
		ConversionFactors factors = ConversionFactors.of(this.fx.rates(tenantId, range.from(), range.to()), base.code(),
				this.queries.currencies(tenantId, range), range);
		this.queries.build(tenantId, days, factors, base.scale());
		List<String> dayValues = new ArrayList<>();
		List<String> versions = new ArrayList<>();
		stale.forEach((day) -> {
			dayValues.add(day.day().toString());
			versions.add(Long.toString(day.version()));
		});
		this.jdbc.sql("""
				DELETE FROM sales_day_stale s
				USING unnest(:days, :versions) AS d(day, version)
				WHERE s.tenant_id = :tenant AND s.day = d.day::date AND s.version = d.version::bigint
				""")
			.param("tenant", tenantId)
			.param("days", OrderRevenueRepository.textArray(dayValues.toArray(String[]::new)))
			.param("versions", OrderRevenueRepository.textArray(versions.toArray(String[]::new)))
			.update();
		return days.size();
	}

	@Override
	public void start() {
		this.executor = Executors.newSingleThreadScheduledExecutor(
				Thread.ofPlatform().name("sales-day-builder").daemon(true).priority(Thread.MIN_PRIORITY).factory());
		long interval = this.properties.interval().toMillis();
		this.executor.scheduleWithFixedDelay(this::pass, interval, interval, TimeUnit.MILLISECONDS);
	}

	private void pass() {
		try {
			long started = System.nanoTime();
			int built = buildStale(this.properties.quiet());
			if (built > 0) {
				log.info("Built the sales of {} days in {} ms", built, (System.nanoTime() - started) / 1_000_000);
			}
		}
		catch (RuntimeException ex) {
			// The days stay stale, answered from their orders, and are tried again.
			log.warn("Building daily sales failed; trying again in {}", this.properties.interval(), ex);
		}
	}

	@Override
	public void stop() {
		if (this.executor != null) {
			this.executor.shutdownNow();
			try {
				this.executor.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.executor = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

	@Override
	public boolean isAutoStartup() {
		return this.properties.enabled();
	}

	private record StaleDay(String tenantId, LocalDate day, long version) {
	}

	private record RebuildMark(String tenantId, String fromDay, long version) {
	}

}
