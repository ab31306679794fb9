package io.sentia.integrations.mail;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.integrations.connector.CredentialVault;
import io.sentia.integrations.connector.ProviderHttp;
import io.sentia.integrations.upload.UploadImporter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Microsoft Graph mail connector. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

	@Bean
	MailConnector mailConnector(CredentialVault vault, ProviderHttp http, MailProperties properties, JsonMapper json,
			UploadImporter importer, MeterRegistry meters) {
		GraphMailClient graph = new GraphMailClient(http,
				new GraphTokens(vault, http, properties, json, Clock.systemUTC()), properties, json);
		return new MailConnector(graph, new MailboxReader(graph, AttachmentImports.of(importer), meters), json);
	}

}
