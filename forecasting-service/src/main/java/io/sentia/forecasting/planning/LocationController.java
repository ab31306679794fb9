package io.sentia.forecasting.planning;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Caller;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's stock locations and the sales regions each serves, which decide the demand
 * a location is planned for. Amazon FBA locations serve their marketplace without a
 * setting; a MANAGER sets regions for the others.
 */
@RestController
@RequestMapping("/api/forecasting/v1/locations")
class LocationController {

	private static final Pattern REGION = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,19}");

	private static final int MAX_REGIONS = 50;

	private final JdbcClient jdbc;

	private final TenantContext tenants;

	LocationController(JdbcClient jdbc, TenantContext tenants) {
		this.jdbc = jdbc;
		this.tenants = tenants;
	}

	@GetMapping
	@Access(role = Role.VIEWER, scopes = PlanController.FORECASTS_READ)
	List<LocationView> list() {
		return this.jdbc.sql("""
				SELECT coalesce(s.location_id, r.location_id), s.location_type, r.regions, r.updated_by, r.updated_at
				FROM (SELECT DISTINCT ON (location_id) location_id, location_type FROM inventory_level
				      WHERE tenant_id = :tenant ORDER BY location_id, as_of DESC) s
				FULL JOIN (SELECT * FROM location_region WHERE tenant_id = :tenant) r ON r.location_id = s.location_id
				ORDER BY 1
				""").param("tenant", this.tenants.currentTenantId()).query((rs, row) -> {
			java.sql.Array regions = rs.getArray(3);
			java.time.OffsetDateTime at = rs.getObject(5, java.time.OffsetDateTime.class);
			return new LocationView(rs.getString(1), rs.getString(2),
					(regions != null) ? List.of((String[]) regions.getArray()) : List.of(), rs.getString(4),
					(at != null) ? at.toInstant() : null);
		}).list();
	}

	@PutMapping("/{locationId}/regions")
	@Access(role = Role.MANAGER)
	LocationView setRegions(@PathVariable("locationId") String locationId,
			@RequestBody(required = false) @Nullable RegionsRequest body) {
		if (locationId.isBlank() || locationId.length() > 200) {
			throw ApiProblemException.invalidParameter("locationId", "must be a location id of 1 to 200 characters");
		}
		if (body == null || body.regions() == null) {
			throw ApiProblemException.invalidField("regions",
					"is required: a list of region codes such as [\"UK\", \"EU\"], or [] to clear");
		}
		if (body.regions().size() > MAX_REGIONS) {
			throw ApiProblemException.invalidField("regions", "must hold at most " + MAX_REGIONS + " regions");
		}
		LinkedHashSet<String> regions = new LinkedHashSet<>();
		for (String region : body.regions()) {
			String code = (region != null) ? region.strip().toUpperCase(Locale.ROOT) : "";
			if (!REGION.matcher(code).matches()) {
				throw ApiProblemException.invalidField("regions",
						"holds '" + region + "', not a region code (letters, digits, - or _, up to 20)");
			}
			regions.add(code);
		}
		Caller caller = this.tenants.currentCaller();
		Instant now = Instant.now();
		if (regions.isEmpty()) {
			this.jdbc.sql("DELETE FROM location_region WHERE tenant_id = :tenant AND location_id = :location")
				.param("tenant", caller.tenantId())
				.param("location", locationId)
				.update();
		}
		else {
			this.jdbc.sql("""
					INSERT INTO location_region (tenant_id, location_id, regions, updated_by, updated_at)
					VALUES (:tenant, :location, :regions, :by, :at)
					ON CONFLICT (tenant_id, location_id) DO UPDATE SET regions = EXCLUDED.regions,
					    updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
					""")
				.param("tenant", caller.tenantId())
				.param("location", locationId)
				.param("regions", regions.toArray(String[]::new))
				.param("by", caller.subject())
				.param("at", now.atOffset(ZoneOffset.UTC))
				.update();
		}
		return list().stream()
			.filter((location) -> location.locationId().equals(locationId))
			.findFirst()
			.orElse(new LocationView(locationId, null, new ArrayList<>(regions), caller.subject(), now));
	}

	/**
	 * A stock location.
	 *
	 * @param locationType as its inventory source reports it; null when only a setting
	 * names it
	 * @param regions sales regions it serves; empty when it is pooled with the others
	 */
	record LocationView(String locationId, @Nullable String locationType, List<String> regions,
			@Nullable String updatedBy, @Nullable Instant updatedAt) {
	}

	/** The body of {@code PUT .../locations/{id}/regions}. */
	record RegionsRequest(@Nullable List<String> regions) {
	}

}
