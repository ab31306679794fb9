package io.sentia.analytics.fx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import io.sentia.analytics.tenants.Tenant;
import io.sentia.analytics.tenants.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Fetches the reference rates (ECB format) on Spring's scheduler and stores them for
 * every active tenant whose base currency the feed serves, crossed through the euro: a
 * GBP tenant gets GBP→USD as USD-per-EUR ÷ GBP-per-EUR. A tenant with a base currency the
 * feed does not quote gets nothing (its conversions stay gaps until rates are uploaded).
 * A failed fetch or an unreadable answer stores nothing and is logged; the next run tries
 * again.
 */
class ReferenceRateFeed implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ReferenceRateFeed.class);

	/** The daily file is about 2 KiB and the full history under 1 MiB. */
	static final int MAX_BYTES = 4 * 1024 * 1024;

	private final FxFeedProperties properties;

	private final FxRateRepository repository;

	private final TenantDirectory tenants;

	private final TransactionOperations transaction;

	private final Clock clock;

	private final HttpClient http;

	private final Consumer<String> ratesChanged;

	ReferenceRateFeed(FxFeedProperties properties, FxRateRepository repository, TenantDirectory tenants,
			TransactionOperations transaction, Clock clock, Consumer<String> ratesChanged) {
		this.ratesChanged = ratesChanged;
		this.properties = properties;
		this.repository = repository;
		this.tenants = tenants;
		this.transaction = transaction;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	@Scheduled(fixedDelayString = "${sentia.analytics.fx.feed.interval:PT6H}",
			initialDelayString = "${sentia.analytics.fx.feed.initial-delay:PT1M}")
	void scheduledRefresh() {
		try {
			Refreshed refreshed = refresh();
			log.info("Stored {} reference rates of {} day(s) for {} tenant(s) from {}", refreshed.rates(),
					refreshed.days(), refreshed.tenants(), shownUrl());
		}
		catch (FeedUnavailableException | EcbRatesParser.FeedFormatException ex) {
			log.warn("Reference rates not refreshed from {}: {}", shownUrl(), ex.getMessage());
		}
	}

	/**
	 * The feed's address for logs: without user info or query, which could hold a key.
	 */
	String shownUrl() {
		URI url = this.properties.url();
		return url.getScheme() + "://" + url.getHost() + ((url.getPort() != -1) ? ":" + url.getPort() : "")
				+ ((url.getRawPath() != null) ? url.getRawPath() : "");
	}

	/**
	 * Fetches the rates once and stores them, all tenants in one transaction.
	 * @return what was stored
	 * @throws FeedUnavailableException if the feed cannot be read
	 * @throws EcbRatesParser.FeedFormatException if it answers something else than rates
	 */
	Refreshed refresh() {
		List<ReferenceRates> days = EcbRatesParser.parse(fetch());
		List<Tenant> active = this.tenants.active();
		int[] served = new int[1];
		Integer stored = this.transaction.execute((status) -> {
			int rates = 0;
			for (Tenant tenant : active) {
				boolean serves = false;
				for (ReferenceRates day : days) {
					if (day.currencies().contains(tenant.baseCurrency())) {
						serves = true;
						rates += this.repository.store(tenant.tenantId(),
								day.crossRates(tenant.baseCurrency(), FxRateSource.ECB), this.clock.instant());
						this.ratesChanged.accept(tenant.tenantId());
					}
				}
				served[0] += serves ? 1 : 0;
			}
			return rates;
		});
		return new Refreshed(days.size(), served[0], (stored != null) ? stored : 0);
	}

	private InputStream fetch() {
		HttpRequest request = HttpRequest.newBuilder(this.properties.url())
			.timeout(this.properties.timeout())
			.header("Accept", "application/xml, text/xml")
			.GET()
			.build();
		try {
			HttpResponse<InputStream> response = this.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				if (response.statusCode() != 200) {
					throw new FeedUnavailableException("the feed answered HTTP " + response.statusCode());
				}
				byte[] bytes = body.readNBytes(MAX_BYTES + 1);
				if (bytes.length > MAX_BYTES) {
					throw new FeedUnavailableException("the feed answered more than " + MAX_BYTES + " bytes");
				}
				return new ByteArrayInputStream(bytes);
			}
		}
		catch (IOException ex) {
			throw new FeedUnavailableException("the feed cannot be read: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FeedUnavailableException("interrupted while reading the feed", ex);
		}
	}

	@Override
	public void destroy() {
		this.http.close();
	}

	/**
	 * What one run stored.
	 *
	 * @param days days of rates the feed answered
	 * @param tenants tenants whose base currency it serves
	 * @param rates rates inserted or replaced
	 */
	record Refreshed(int days, int tenants, int rates) {
	}

	/** The feed could not be read this time. */
	static class FeedUnavailableException extends RuntimeException {

		FeedUnavailableException(String message) {
			super(message);
		}

		FeedUnavailableException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
