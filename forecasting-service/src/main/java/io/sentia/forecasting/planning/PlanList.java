package io.sentia.forecasting.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The plans of a tenant's SKUs, computed from its newest succeeded run; run and history
 * end are null (and the list empty) before the first run.
 */
public record PlanList(@Nullable UUID run, @Nullable LocalDate historyEnd, List<SkuPlan> plans) {

}
