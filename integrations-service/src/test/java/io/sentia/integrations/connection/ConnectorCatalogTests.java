package io.sentia.integrations.connection;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.sentia.integrations.connector.ConnectionCheck;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.Connector;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.RecordMapper;
import io.sentia.integrations.connector.StreamDefinition;
import io.sentia.integrations.connector.StreamReader;
import io.sentia.servicekit.errors.ApiProblemException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A provider this build has no connector for is a clear 400, not a 500; of two connectors
 * for one provider the one with precedence is used.
 */
class ConnectorCatalogTests {

	@Test
	void saysWhenAProviderHasNoConnectorInThisBuild() {
		ConnectorCatalog catalog = new ConnectorCatalog(
				new StaticListableBeanFactory().getBeanProvider(Connector.class));

		assertThatExceptionOfType(ApiProblemException.class).isThrownBy(() -> catalog.forRequest("xero"))
			.withMessageContaining("names xero, which has no connector in this build")
			.satisfies((ex) -> assertThat(ex.getType()).hasToString("https://sentia.io/problems/validation"));
		assertThatExceptionOfType(ApiProblemException.class).isThrownBy(() -> catalog.forRequest("upload"))
			.withMessageContaining("must be one of shopify, amazon, xero, unleashed, mail");
	}

	@Test
	void prefersTheConnectorWithPrecedenceForOneProvider() {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.setDependencyComparator(AnnotationAwareOrderComparator.INSTANCE);
		beans.registerSingleton("real", new RealXero());
		beans.registerSingleton("simulated", new SimulatedXero());

		ConnectorCatalog catalog = new ConnectorCatalog(beans.getBeanProvider(Connector.class));

		assertThat(catalog.forRequest("xero")).isInstanceOf(SimulatedXero.class);
		assertThat(catalog.of(Provider.XERO)).isInstanceOf(SimulatedXero.class);
	}

	static class RealXero implements Connector {

		@Override
		public Provider provider() {
			return Provider.XERO;
		}

		@Override
		public Set<String> requiredSecrets() {
			return Set.of();
		}

		@Override
		public List<StreamDefinition> streams() {
			return List.of();
		}

		@Override
		public ConnectionCheck check(ConnectionSpec connection) {
			return new ConnectionCheck(true, 200, "real", Map.of());
		}

		@Override
		public StreamReader reader(String stream) {
			throw new IllegalArgumentException(stream);
		}

		@Override
		public RecordMapper mapper(String stream) {
			throw new IllegalArgumentException(stream);
		}

	}

	@Order(0)
	static class SimulatedXero extends RealXero {

	}

}
