package io.sentia.devstack;

/**
 * The ports one platform instance uses. The dev platform uses the documented defaults;
 * the end-to-end tests shift every port so they can run beside a developer's platform.
 */
public record PortPlan(int postgres, int kafka, int kafkaController, int redis, int registry, int gateway, int auth,
		int integrations, int forecasting, int analytics, int notifications, int smtp, int mailApi) {

	public static PortPlan defaults() {
		return shiftedBy(0);
	}

	public static PortPlan shiftedBy(int offset) {
		return new PortPlan(15432 + offset, 19092 + offset, 19093 + offset, 16379 + offset, 8761 + offset,
				8080 + offset, 8081 + offset, 8082 + offset, 8083 + offset, 8084 + offset, 8085 + offset,
				10025 + offset, 18025 + offset);
	}

}
