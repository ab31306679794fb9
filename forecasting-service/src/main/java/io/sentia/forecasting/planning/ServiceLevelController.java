package io.sentia.forecasting.planning;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Caller;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Target service level per ABC class of SKU: read by VIEWER, set by a MANAGER. A class
 * without a setting uses {@code sentia.forecasting.planning.service-level} (default
 * 0.95).
 */
@RestController
@RequestMapping("/api/forecasting/v1/planning/service-levels")
class ServiceLevelController {

	private static final List<String> CLASSES = List.of("A", "B", "C");

	private static final double MIN = 0.5;

	private static final double MAX = 0.9999;

	private final PlanningRepository planning;

	private final JdbcClient jdbc;

	private final PlanningProperties properties;

	private final TenantContext tenants;

	private final TransactionOperations transaction;

	ServiceLevelController(PlanningRepository planning, JdbcClient jdbc, PlanningProperties properties,
			TenantContext tenants, TransactionOperations transaction) {
		this.planning = planning;
		this.jdbc = jdbc;
		this.properties = properties;
		this.tenants = tenants;
		this.transaction = transaction;
	}

	@GetMapping
	@Access(role = Role.VIEWER, scopes = PlanController.FORECASTS_READ)
	ServiceLevels get() {
		return levels(this.tenants.currentTenantId());
	}

	/**
	 * Sets the classes named in the body; a class given as null goes back to the default,
	 * a class left out keeps its level.
	 */
	@PutMapping
	@Access(role = Role.MANAGER)
	ServiceLevels put(@RequestBody(required = false) @Nullable Map<String, Double> body) {
		if (body == null || body.isEmpty()) {
			throw ApiProblemException.invalidField("body",
					"must name at least one class: {\"A\": 0.98, \"B\": 0.95, \"C\": 0.9}");
		}
		for (Map.Entry<String, Double> entry : body.entrySet()) {
			if (!CLASSES.contains(entry.getKey())) {
				throw ApiProblemException.invalidField(entry.getKey(), "is not a SKU class; classes are A, B and C");
			}
			Double level = entry.getValue();
			if (level != null && !(level >= MIN && level <= MAX)) {
				throw ApiProblemException.invalidField(entry.getKey(), "must be a service level between " + MIN
						+ " and " + MAX + " (e.g. 0.95 for 95%), or null for the default");
			}
		}
		Caller caller = this.tenants.currentCaller();
		Instant now = Instant.now();
		this.transaction.executeWithoutResult((status) -> body.forEach((skuClass, level) -> {
			if (level == null) {
				this.jdbc.sql("DELETE FROM class_service_level WHERE tenant_id = :tenant AND sku_class = :class")
					.param("tenant", caller.tenantId())
					.param("class", skuClass)
					.update();
			}
			else {
				this.jdbc.sql("""
						INSERT INTO class_service_level (tenant_id, sku_class, service_level, updated_by, updated_at)
						VALUES (:tenant, :class, :level, :by, :at)
						ON CONFLICT (tenant_id, sku_class) DO UPDATE SET service_level = EXCLUDED.service_level,
						    updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
						""")
					.param("tenant", caller.tenantId())
					.param("class", skuClass)
					.param("level", level)
					.param("by", caller.subject())
					.param("at", now.atOffset(ZoneOffset.UTC))
					.update();
			}
		}));
		return levels(caller.tenantId());
	}

	private ServiceLevels levels(String tenantId) {
		Map<String, Double> set = this.planning.classServiceLevels(tenantId);
		Map<String, Double> levels = new LinkedHashMap<>();
		CLASSES.forEach((skuClass) -> levels.put(skuClass, set.getOrDefault(skuClass, this.properties.serviceLevel())));
		return new ServiceLevels(this.properties.serviceLevel(), levels,
				CLASSES.stream().filter(set::containsKey).toList());
	}

	/**
	 * The levels in force.
	 *
	 * @param defaultLevel the service's default, for classes without a setting
	 * @param classes the level each class is planned for
	 * @param setByTenant the classes whose level the tenant set
	 */
	record ServiceLevels(double defaultLevel, Map<String, Double> classes, List<String> setByTenant) {
	}

}
