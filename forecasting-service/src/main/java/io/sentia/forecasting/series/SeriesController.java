package io.sentia.forecasting.series;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.sentia.forecasting.demand.SeriesKeyPath;
import io.sentia.forecasting.demand.SeriesLevel;
import io.sentia.forecasting.engine.hierarchy.HierarchyNode;
import io.sentia.forecasting.runs.AccuracyBand;
import io.sentia.forecasting.series.SeriesQueries.LatestRun;
import io.sentia.forecasting.series.SeriesQueries.StoredSeries;
import io.sentia.forecasting.series.SeriesViews.Comparison;
import io.sentia.forecasting.series.SeriesViews.ModelAccuracy;
import io.sentia.forecasting.series.SeriesViews.SeriesAccuracy;
import io.sentia.forecasting.series.SeriesViews.SeriesForecast;
import io.sentia.forecasting.series.SeriesViews.SeriesPage;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The newest run's series of the caller's tenant: listing, forecast with history, and
 * accuracy against the naive baselines.
 */
@RestController
@RequestMapping("/api/forecasting/v1/series")
class SeriesController {

	static final String FORECASTS_READ = "forecasts.read";

	private final SeriesQueries queries;

	private final TenantContext tenants;

	SeriesController(SeriesQueries queries, TenantContext tenants) {
		this.queries = queries;
		this.tenants = tenants;
	}

	@GetMapping
	@Access(role = Role.VIEWER, scopes = FORECASTS_READ)
	SeriesPage list(@RequestParam(name = "sku", required = false) String sku,
			@RequestParam(name = "channel", required = false) String channel,
			@RequestParam(name = "region", required = false) String region,
			@RequestParam(name = "band", required = false) String band,
			@RequestParam(name = "level", defaultValue = "bottom") String level,
			@RequestParam(name = "limit", defaultValue = "100") @Min(1) @Max(1000) int limit,
			@RequestParam(name = "offset", defaultValue = "0") @Min(0) int offset) {
		SeriesFilter filter = new SeriesFilter(levelId(level), blankToNull(sku), blankToNull(channel),
				blankToNull(region), bandId(band));
		String tenantId = this.tenants.currentTenantId();
		LatestRun run = this.queries.latestRun(tenantId).orElse(null);
		if (run == null) {
			return new SeriesPage(null, null, null, 0, limit, offset, List.of());
		}
		return new SeriesPage(run.id(), run.historyEnd(), run.finishedAt(),
				this.queries.count(tenantId, run.id(), filter), limit, offset,
				this.queries.list(tenantId, run.id(), filter, limit, offset));
	}

	@GetMapping("/{key}/forecast")
	@Access(role = Role.VIEWER, scopes = FORECASTS_READ)
	SeriesForecast forecast(@PathVariable("key") String key) {
		SeriesKeyPath path = SeriesKeyPath.parse(key);
		String tenantId = this.tenants.currentTenantId();
		LatestRun run = latestRun(tenantId, path);
		StoredSeries series = this.queries.series(tenantId, run.id(), path).orElseThrow(() -> notFound(path));
		return new SeriesForecast(path.key(), path.levelId(), path.sku(), path.channel(), path.region(), series.model(),
				series.seasonLength(), run.id(), "week", run.historyEnd(), series.history(),
				this.queries.points(tenantId, run.id(), path));
	}

	@GetMapping("/{key}/accuracy")
	@Access(role = Role.VIEWER, scopes = FORECASTS_READ)
	SeriesAccuracy accuracy(@PathVariable("key") String key) {
		SeriesKeyPath path = SeriesKeyPath.parse(key);
		String tenantId = this.tenants.currentTenantId();
		LatestRun run = latestRun(tenantId, path);
		StoredSeries series = this.queries.series(tenantId, run.id(), path).orElseThrow(() -> notFound(path));
		List<ModelAccuracy> models = (path.level() == HierarchyNode.Level.BOTTOM)
				? this.queries.accuracy(tenantId, run.id(), path) : List.of();
		return new SeriesAccuracy(path.key(), path.levelId(), run.id(), series.band(), models, versusNaive(models));
	}

	private LatestRun latestRun(String tenantId, SeriesKeyPath path) {
		return this.queries.latestRun(tenantId)
			.orElseThrow(() -> ApiProblemException
				.notFound("No forecast run has succeeded for this tenant yet, so there is no series " + path.key()
						+ "; start one with POST /api/forecasting/v1/runs."));
	}

	private static Comparison versusNaive(List<ModelAccuracy> models) {
		ModelAccuracy auto = find(models, "auto");
		ModelAccuracy naive = find(models, "naive");
		if (auto == null || naive == null || auto.mase() == null || naive.mase() == null || naive.mase() == 0) {
			return new Comparison("naive", null, null);
		}
		double ratio = auto.mase() / naive.mase();
		return new Comparison("naive", ratio, ratio < 1);
	}

	private static ModelAccuracy find(List<ModelAccuracy> models, String model) {
		return models.stream().filter((candidate) -> candidate.model().equals(model)).findFirst().orElse(null);
	}

	private static ApiProblemException notFound(SeriesKeyPath path) {
		return ApiProblemException.notFound("No series " + path.key() + " in this tenant's newest forecast run.");
	}

	private static String levelId(String level) {
		String id = level.trim().toLowerCase(Locale.ROOT);
		boolean known = Arrays.stream(HierarchyNode.Level.values()).map(SeriesLevel::id).anyMatch(id::equals);
		if (!known) {
			throw ApiProblemException.invalidParameter("level",
					"must be one of " + Arrays.stream(HierarchyNode.Level.values())
						.map(SeriesLevel::id)
						.collect(Collectors.joining(", ")));
		}
		return id;
	}

	private static String bandId(String band) {
		if (band == null || band.isBlank()) {
			return null;
		}
		String id = band.trim().toLowerCase(Locale.ROOT);
		boolean known = Arrays.stream(AccuracyBand.values()).map(AccuracyBand::id).anyMatch(id::equals);
		if (!known) {
			throw ApiProblemException.invalidParameter("band", "must be one of "
					+ Arrays.stream(AccuracyBand.values()).map(AccuracyBand::id).collect(Collectors.joining(", ")));
		}
		return id;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
