package io.sentia.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether money comes into or goes out of the tenant's bank; amounts stay positive. */
public enum CashDirection {

	@JsonProperty("in")
	IN,

	@JsonProperty("out")
	OUT

}
