package io.sentia.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a tenant may use the platform. */
public enum TenantStatus {

	@JsonProperty("active")
	ACTIVE,

	/** Syncs, forecasts and alerts stop; data is kept. */
	@JsonProperty("suspended")
	SUSPENDED

}
