package io.sentia.gateway.operations;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sentia.gateway.network.IpNetwork;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Probes the registry and every instance of every expected service, all at once, and
 * applies the {@link HealthRule}.
 */
@Component
class PlatformHealthCheck {

	static final String REGISTRY = "service-registry";

	private static final Logger log = LoggerFactory.getLogger(PlatformHealthCheck.class);

	private final ReactiveDiscoveryClient discovery;

	private final HealthProbeClient probes;

	private final OperationsProperties properties;

	private final JsonMapper jsonMapper;

	private final RedisProbe redis;

	private final List<IpNetwork> allowedNetworks;

	/**
	 * One round of probes, shared by every caller for {@code cache-for}: callers cannot
	 * make the gateway probe the platform on each call.
	 */
	private final Mono<PlatformHealth> latest;

	PlatformHealthCheck(ReactiveDiscoveryClient discovery, HealthProbeClient probes, OperationsProperties properties,
			JsonMapper jsonMapper, RedisProbe redis) {
		this.discovery = discovery;
		this.probes = probes;
		this.properties = properties;
		this.jsonMapper = jsonMapper;
		this.redis = redis;
		this.allowedNetworks = properties.allowedIpNetworks();
		Mono<PlatformHealth> probe = Mono.defer(this::probePlatform);
		Duration cacheFor = properties.cacheFor();
		this.latest = cacheFor.isZero() ? probe
				: probe.cache((health) -> cacheFor, (failure) -> Duration.ZERO, () -> Duration.ZERO);
	}

	Mono<ComponentHealth> registry() {
		return this.probes.get(this.properties.registryUrl().resolve("apps")).map(HealthRule::registry);
	}

	/** The platform's health, at most {@code cache-for} old. */
	Mono<PlatformHealth> platform() {
		return this.latest;
	}

	private Mono<PlatformHealth> probePlatform() {
		Instant checkedAt = Instant.now();
		Mono<Map<String, ServiceHealth>> services = Flux.fromIterable(this.properties.expectedServices())
			.flatMapSequential((name) -> service(name).map((health) -> Map.entry(name, health)))
			.collect(LinkedHashMap::new, (map, entry) -> map.put(entry.getKey(), entry.getValue()));
		return Mono.zip(registry(), services, this.redis.check())
			.map((checked) -> assemble(checkedAt, checked.getT1(), checked.getT2(), checked.getT3()));
	}

	private PlatformHealth assemble(Instant checkedAt, ComponentHealth registry, Map<String, ServiceHealth> services,
			ComponentHealth redis) {
		Map<String, ComponentHealth> infrastructure = new LinkedHashMap<>();
		infrastructure.put(REGISTRY, registry);
		this.properties.infrastructureComponents()
			.forEach((component, label) -> infrastructure.put(component,
					HealthRule.infrastructure(label, component, services)));
		infrastructure.put(RedisProbe.COMPONENT, redis);
		return new PlatformHealth(HealthRule.overall(services.values(), infrastructure.values()), checkedAt, services,
				infrastructure);
	}

	private Mono<ServiceHealth> service(String name) {
		return this.discovery.getInstances(name).collectList().onErrorResume((failure) -> {
			log.warn("Could not list instances of {}: {}", name, failure.toString());
			return Mono.just(List.of());
		})
			.flatMap((instances) -> Flux.fromIterable(instances).flatMap(this::instance).collectList())
			.map(HealthRule::service);
	}

	private Mono<InstanceHealth> instance(ServiceInstance instance) {
		return onAllowedNetwork(
				instance.getHost())
			.flatMap((allowed) -> allowed ? probe(instance)
					: Mono.just(HealthRule.instance(instance.getUri().toString(),
							ProbeResult
								.failed("not probed: its address is outside sentia.gateway.health.allowed-networks", 0),
							null, Map.of())));
	}

	/**
	 * Whether every address of the host is on an allowed network; a name is resolved off
	 * the event loop, and one that does not resolve is not allowed.
	 */
	private Mono<Boolean> onAllowedNetwork(String host) {
		Optional<InetAddress> literal = IpNetwork.literal(host);
		if (literal.isPresent()) {
			return Mono.just(IpNetwork.anyContains(this.allowedNetworks, literal.get()));
		}
		return Mono.fromCallable(() -> InetAddress.getAllByName(host))
			.subscribeOn(Schedulers.boundedElastic())
			.map((addresses) -> Arrays.stream(addresses)
				.allMatch((address) -> IpNetwork.anyContains(this.allowedNetworks, address)))
			.onErrorReturn(false);
	}

	private Mono<InstanceHealth> probe(ServiceInstance instance) {
		URI url = UriComponentsBuilder.fromUri(instance.getUri())
			.path(this.properties.serviceHealthPath())
			.build()
			.toUri();
		return this.probes.get(url).map((probe) -> {
			JsonNode answer = parse(probe.body());
			JsonNode status = answer.path("status");
			Map<String, HealthStatus> reports = new LinkedHashMap<>();
			for (String component : this.properties.infrastructureComponents().keySet()) {
				JsonNode reported = answer.path("components").path(component).path("status");
				if (reported.isString()) {
					reports.put(component, HealthRule.fromBoot(reported.asString()));
				}
			}
			return HealthRule.instance(instance.getUri().toString(), probe,
					status.isString() ? HealthRule.fromBoot(status.asString()) : null, reports);
		});
	}

	private JsonNode parse(String body) {
		if (body.isBlank()) {
			return MissingNode.getInstance();
		}
		try {
			return this.jsonMapper.readTree(body);
		}
		catch (JacksonException ex) {
			// Not a Boot health answer (e.g. an HTML error page): judged by HTTP status
			// alone.
			return MissingNode.getInstance();
		}
	}

}
