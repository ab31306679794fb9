package io.sentia.devstack;

import java.util.List;

/**
 * A JVM application of the platform: its module, the port it serves on, the database it
 * owns and the heap it gets in dev.
 */
public record Component(String name, String database, String heap, int order) {

	/** Start order: the registry first, then the services, then the gateway. */
	public static final List<Component> ALL = List.of(new Component("service-registry", null, "160m", 0),
			new Component("auth-service", "auth", "128m", 1),
			new Component("integrations-service", "integrations", "256m", 1),
			new Component("forecasting-service", "forecasting", "192m", 1),
			new Component("analytics-service", "analytics", "160m", 1),
			new Component("notifications-service", "notifications", "128m", 1),
			new Component("gateway", null, "192m", 2));

	public static Component named(String name) {
		return ALL.stream()
			.filter((component) -> component.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"Unknown component '" + name + "'; known: " + ALL.stream().map(Component::name).toList()));
	}

	/** Whether other machines may reach this component: only the gateway. */
	public boolean isPublicDoor() {
		return "gateway".equals(this.name);
	}

	public int port(PortPlan ports) {
		return switch (this.name) {
			case "service-registry" -> ports.registry();
			case "gateway" -> ports.gateway();
			case "auth-service" -> ports.auth();
			case "integrations-service" -> ports.integrations();
			case "forecasting-service" -> ports.forecasting();
			case "analytics-service" -> ports.analytics();
			case "notifications-service" -> ports.notifications();
			default -> throw new IllegalStateException("No port for " + this.name);
		};
	}

	/**
	 * The URL devstack waits for before it starts what depends on this component:
	 * services are ready when their database and Kafka are; the registry and the gateway
	 * when they are up.
	 */
	public String readinessPath() {
		return (this.database != null) ? "/actuator/health/readiness" : "/actuator/health";
	}

}
