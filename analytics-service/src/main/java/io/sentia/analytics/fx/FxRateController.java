package io.sentia.analytics.fx;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.analytics.cache.CacheArea;
import io.sentia.analytics.web.RequestedRange;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's tenant's exchange rates: read by every user and partners with
 * {@code analytics.read}; uploaded by a MANAGER, as JSON or CSV.
 */
@RestController
@RequestMapping("/api/analytics/v1/fx-rates")
class FxRateController {

	/** Longest range one read may ask for. */
	static final int MAX_RANGE_YEARS = 5;

	static final String TEXT_CSV = "text/csv";

	private final FxRateRepository repository;

	private final FxRateUpload upload;

	private final TenantContext tenantContext;

	private final Clock clock;

	private final AnswerCache cache;

	FxRateController(FxRateRepository repository, FxRateUpload upload, TenantContext tenantContext,
			ObjectProvider<Clock> clock, AnswerCache cache) {
		this.cache = cache;
		this.repository = repository;
		this.upload = upload;
		this.tenantContext = tenantContext;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@GetMapping
	@Access(role = Role.VIEWER, scopes = "analytics.read")
	@Operation(summary = "Exchange rates of the caller's tenant over a range of days",
			description = "1 base = rate quote on date; source is ecb (the daily reference-rate feed, crossed "
					+ "through the euro into the tenant's base currency), manual (uploaded) or demo. Inclusive range "
					+ "of at most " + MAX_RANGE_YEARS + " years.")
	@ApiResponse(responseCode = "200", description = "The rates by day, base, quote", content = @Content(
			schema = @Schema(implementation = FxRateReport.class), examples = @ExampleObject(value = """
					{"from": "2026-03-02", "to": "2026-03-03", "quote": "USD", "rates": [
					 {"date": "2026-03-02", "base": "GBP", "quote": "USD", "rate": "1.2712", "source": "ecb"},
					 {"date": "2026-03-03", "base": "GBP", "quote": "USD", "rate": "1.27", "source": "manual"}]}""")))
	FxRateReport rates(@RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(name = "quote", required = false) @Nullable String quote) {
		RequestedRange.check(from, to, MAX_RANGE_YEARS);
		if (quote != null && !Currencies.isIso4217(quote)) {
			throw ApiProblemException.invalidParameter("quote", "must be an ISO 4217 currency code, e.g. USD");
		}
		List<FxRateReport.Rate> rates = this.repository.rates(this.tenantContext.currentTenantId(), from, to, quote)
			.stream()
			.map(FxRateReport.Rate::of)
			.toList();
		return new FxRateReport(from, to, quote, rates);
	}

	@PutMapping(consumes = { MediaType.APPLICATION_JSON_VALUE, TEXT_CSV })
	@Access(role = Role.MANAGER)
	@Operation(summary = "Upload manual exchange rates",
			description = "A JSON array of {date, base, quote, rate} or CSV lines date,base,quote,rate (a header line "
					+ "is optional), at most " + FxRateUpload.MAX_RATES + " rates: 1 base = rate quote on date. Dates "
					+ "are ISO and not in the future, currencies ISO 4217 and different, rates above zero. A manual "
					+ "rate replaces any rate of its pair and day, and the feed never replaces it. Every invalid field "
					+ "is named in errors: [0].rate (JSON) or line[3].rate (CSV, lines counted from 1).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = { @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							array = @ArraySchema(schema = @Schema(implementation = FxRateReport.Rate.class)),
							examples = @ExampleObject(value = """
									[{"date": "2026-03-02", "base": "GBP", "quote": "USD", "rate": "1.2712"},
									 {"date": "2026-03-02", "base": "GBP", "quote": "EUR", "rate": "1.1874"}]""")),
							@Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"),
									examples = @ExampleObject(value = """
											date,base,quote,rate
											2026-03-02,GBP,USD,1.2712
											2026-03-02,GBP,EUR,1.1874
											""")) }))
	@ApiResponse(responseCode = "200", description = "Rates stored",
			content = @Content(schema = @Schema(implementation = FxRatesStored.class),
					examples = @ExampleObject(value = """
							{"stored": 2, "from": "2026-03-02", "to": "2026-03-02"}""")))
	FxRatesStored upload(@RequestBody String body, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType) {
		LocalDate today = FxRateUpload.latestAllowedDate(this.clock);
		List<FxRate> rates = MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_JSON)
				? this.upload.fromJson(body, today) : this.upload.fromCsv(body, today);
		String tenantId = this.tenantContext.currentTenantId();
		int stored = this.repository.store(tenantId, rates, this.clock.instant());
		this.cache.invalidate(tenantId, CacheArea.FX);
		return new FxRatesStored(stored, rates.stream().map(FxRate::date).min(Comparator.naturalOrder()).orElseThrow(),
				rates.stream().map(FxRate::date).max(Comparator.naturalOrder()).orElseThrow());
	}

}
