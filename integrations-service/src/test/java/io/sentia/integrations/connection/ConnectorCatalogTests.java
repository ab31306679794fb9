package io.sentia.integrations.connection;

import io.sentia.integrations.connector.Connector;
import io.sentia.servicekit.errors.ApiProblemException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A provider this build has no connector for is a clear 400, not a 500. */
class ConnectorCatalogTests {

	@Test
	void saysWhenAProviderHasNoConnectorInThisBuild() {
		ConnectorCatalog catalog = new ConnectorCatalog(
				new StaticListableBeanFactory().getBeanProvider(Connector.class));

		assertThatExceptionOfType(ApiProblemException.class).isThrownBy(() -> catalog.forRequest("xero"))
			.withMessageContaining("provider xero has no connector in this build");
		assertThatExceptionOfType(ApiProblemException.class).isThrownBy(() -> catalog.forRequest("upload"))
			.withMessageContaining("must be one of shopify, amazon, xero, unleashed, mail");
	}

}
