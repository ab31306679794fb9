package io.sentia.gateway.routing;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates the load balancer of every routed service at start-up instead of on the first
 * request to it, which would otherwise spend part of its route timeout building it.
 */
@Component
class LoadBalancerWarmUp {

	private final RoutingProperties properties;

	private final LoadBalancerClientFactory loadBalancers;

	LoadBalancerWarmUp(RoutingProperties properties, LoadBalancerClientFactory loadBalancers) {
		this.properties = properties;
		this.loadBalancers = loadBalancers;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createLoadBalancers() {
		this.properties.routes()
			.values()
			.stream()
			.map(RoutingProperties.ServiceRoute::service)
			.distinct()
			.forEach(this.loadBalancers::getInstance);
	}

}
