package io.sentia.auth.proxy;

import org.apache.catalina.valves.RemoteIpValve;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Believes {@code X-Forwarded-For/-Proto/-Host/-Port} only from
 * {@link TrustedProxiesProperties#trustedProxies() trusted proxies}, with Tomcat's
 * {@link RemoteIpValve}: the client address is the right-most {@code X-Forwarded-For}
 * entry that is not itself a trusted proxy, so a client cannot choose its own address by
 * sending the header, and scheme, host and port (hence every redirect this service
 * builds) are the public origin the gateway was asked for. From any other peer the
 * headers are ignored and the socket's address and the {@code Host} header count.
 * <p>
 * Boot's own valve ({@code server.forward-headers-strategy}, switched on automatically on
 * Kubernetes with every private network trusted) is set to {@code none} in
 * {@code application.yml} so this is the only one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrustedProxiesProperties.class)
class ProxyTrustConfiguration {

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> trustedProxyValve(
			TrustedProxiesProperties properties) {
		return (factory) -> {
			RemoteIpValve valve = new RemoteIpValve();
			valve.setInternalProxies(properties.asCidrList());
			valve.setTrustedProxies("");
			valve.setRemoteIpHeader("X-Forwarded-For");
			valve.setProxiesHeader("X-Forwarded-By");
			valve.setProtocolHeader("X-Forwarded-Proto");
			valve.setHostHeader("X-Forwarded-Host");
			valve.setPortHeader("X-Forwarded-Port");
			factory.addEngineValves(valve);
		};
	}

}
