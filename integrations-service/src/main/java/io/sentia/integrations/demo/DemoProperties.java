package io.sentia.integrations.demo;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the demo source ({@code sentia.demo.*}).
 *
 * @param enabled load the demo dataset on start-up if it is not loaded yet
 * @param tenantId tenant that owns the demo data
 * @param seed seed of the generator; the same seed gives the same dataset
 * @param lastDay last UTC day of the dataset; fixed so the data never depends on the
 * clock
 * @param days how many days the dataset covers, ending on {@code lastDay}
 * @param batchSize events published per database transaction while loading
 */
@Validated
@ConfigurationProperties("sentia.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled,
		@NotBlank @DefaultValue(DemoProperties.DEMO_TENANT_ID) String tenantId, @DefaultValue("20261031") long seed,
		@NotNull @DefaultValue("2026-10-31") LocalDate lastDay, @Min(7) @Max(3660) @DefaultValue("731") int days,
		@Min(1) @Max(5000) @DefaultValue("500") int batchSize) {

	/** The demo tenant "Highland &amp; Harbour Spirits". */
	public static final String DEMO_TENANT_ID = "5e471a00-0000-4000-8000-000000000001";

}
