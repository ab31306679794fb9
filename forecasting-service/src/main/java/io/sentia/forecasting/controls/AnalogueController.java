package io.sentia.forecasting.controls;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import io.sentia.forecasting.engine.hierarchy.HierarchyNode;
import io.sentia.forecasting.demand.SeriesKeyPath;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Caller;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import static io.sentia.servicekit.errors.ApiProblemException.invalidField;
import static io.sentia.servicekit.errors.ApiProblemException.invalidParameter;

/**
 * Analogue SKUs for a new series ({@code sku:channel:region}) or for every series of a
 * new SKU ({@code sku:all:all}): choose (OPERATOR, or {@code forecasts.write}), read
 * (VIEWER, or {@code forecasts.read}) and drop. Runs apply them while the series is
 * young.
 */
@RestController
@RequestMapping("/api/forecasting/v1/series/{key}/analogue")
class AnalogueController {

	private static final int MAX_ANALOGUES = 20;

	private final AnalogueRepository analogues;

	private final TenantContext tenants;

	private final Clock clock = Clock.systemUTC();

	AnalogueController(AnalogueRepository analogues, TenantContext tenants) {
		this.analogues = analogues;
		this.tenants = tenants;
	}

	@PutMapping
	@Access(role = Role.OPERATOR, scopes = OverrideController.FORECASTS_WRITE)
	AnalogueChoice choose(@PathVariable("key") String key,
			@RequestBody(required = false) @Nullable AnalogueRequest request) {
		SeriesKeyPath series = seriesOrSku(key);
		List<String> skus = analogueSkus((request != null) ? request.analogueSkus() : null, series.sku());
		double scale = (request != null && request.scale() != null) ? request.scale() : 1.0;
		if (!Double.isFinite(scale) || scale <= 0 || scale > 1000) {
			throw invalidField("scale", "must be above 0 and at most 1000 (1.0 when left out)");
		}
		Caller caller = this.tenants.currentCaller();
		requireKnown(caller.tenantId(), series);
		return this.analogues.save(caller.tenantId(), series, skus, scale, caller.subject(), this.clock.instant());
	}

	@GetMapping
	@Access(role = Role.VIEWER, scopes = OverrideController.FORECASTS_READ)
	AnalogueChoice read(@PathVariable("key") String key) {
		SeriesKeyPath series = seriesOrSku(key);
		return this.analogues.find(this.tenants.currentTenantId(), series)
			.orElseThrow(() -> ApiProblemException.notFound("No analogue chosen for " + series.key() + "."));
	}

	@DeleteMapping
	@Access(role = Role.OPERATOR, scopes = OverrideController.FORECASTS_WRITE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void drop(@PathVariable("key") String key) {
		SeriesKeyPath series = seriesOrSku(key);
		String tenantId = this.tenants.currentTenantId();
		requireKnown(tenantId, series);
		// Dropping a choice that is not there leaves things as asked: nothing to undo.
		this.analogues.delete(tenantId, series);
	}

	private void requireKnown(String tenantId, SeriesKeyPath series) {
		if (!this.analogues.known(tenantId, series)) {
			throw ApiProblemException.notFound("No demand and no forecast for " + series.key()
					+ " in this tenant; analogues apply to series that have started selling.");
		}
	}

	private static SeriesKeyPath seriesOrSku(String key) {
		SeriesKeyPath series = SeriesKeyPath.parse(key);
		if (series.level() != HierarchyNode.Level.BOTTOM && series.level() != HierarchyNode.Level.SKU) {
			throw invalidParameter("key", "must name a series (sku:channel:region) or a SKU (sku:all:all)");
		}
		return series;
	}

	private static List<String> analogueSkus(@Nullable List<String> skus, String own) {
		if (skus == null || skus.isEmpty()) {
			throw invalidField("analogueSkus", "is mandatory: one or more SKUs to forecast from");
		}
		if (skus.size() > MAX_ANALOGUES) {
			throw invalidField("analogueSkus", "must list at most " + MAX_ANALOGUES + " SKUs");
		}
		LinkedHashSet<String> distinct = new LinkedHashSet<>();
		for (int i = 0; i < skus.size(); i++) {
			String sku = skus.get(i);
			if (sku == null || sku.isBlank() || sku.trim().equals(own)) {
				throw invalidField("analogueSkus[" + i + "]", "must be another SKU than the series' own");
			}
			distinct.add(sku.trim());
		}
		return new ArrayList<>(distinct);
	}

}
