package io.sentia.gateway.operations;

/** The state of one part of the platform, or of the whole. */
public enum HealthStatus {

	UP, DEGRADED, DOWN,

	/** Nothing could tell: no service was reachable to report it. */
	UNKNOWN

}
