package io.sentia.servicekit.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.sentia.servicekit.security.SentiaSecurityProperties;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The development settings no service may run with under the {@code prod} profile: the
 * default database password, the documented operations credential, a registry URL without
 * credentials (or with the development ones), and the {@code demo} profile. Each problem
 * names what to set; none repeats a secret.
 */
public final class ProductionSettingsCheck {

	/** Profile whose data and users are documented in the README. */
	public static final String DEMO_PROFILE = "demo";

	/** The development database password of every service and the devstack. */
	public static final String DEVELOPMENT_DATABASE_PASSWORD = "sentia";

	private ProductionSettingsCheck() {
	}

	/**
	 * Lists what is wrong with the environment for production, whatever profile is
	 * active.
	 * @param environment the environment after the kit's defaults are added
	 * @return one line per problem, empty when there is none
	 */
	public static List<String> problems(Environment environment) {
		List<String> problems = new ArrayList<>();
		if (DEVELOPMENT_DATABASE_PASSWORD.equals(environment.getProperty("spring.datasource.password"))) {
			problems.add("the database password is the development default (set SENTIA_POSTGRES_PASSWORD)");
		}
		if (SentiaSecurityProperties.Operations.DEVELOPMENT_PASSWORD
			.equals(environment.getProperty("sentia.security.operations.password"))) {
			problems.add("the operations credential is the development one (set SENTIA_OPERATIONS_USER and "
					+ "SENTIA_OPERATIONS_PASSWORD)");
		}
		if (environment.getProperty("eureka.client.enabled", Boolean.class, true)) {
			registryProblems(environment.getProperty("eureka.client.service-url.defaultZone"), problems);
		}
		if (environment.matchesProfiles(DEMO_PROFILE)) {
			problems.add("the demo profile is active (its users and data are public)");
		}
		return problems;
	}

	private static void registryProblems(String serviceUrls, List<String> problems) {
		if (!StringUtils.hasText(serviceUrls)) {
			return;
		}
		for (String serviceUrl : StringUtils.commaDelimitedListToStringArray(serviceUrls)) {
			registryProblem(serviceUrl.trim()).ifPresent(problems::add);
		}
	}

	private static Optional<String> registryProblem(String serviceUrl) {
		URI url;
		try {
			url = new URI(serviceUrl);
		}
		catch (URISyntaxException ex) {
			return Optional.of("a registry URL is not a URL (check SENTIA_EUREKA_URL)");
		}
		String userInfo = url.getRawUserInfo();
		String withoutCredentials = withoutUserInfo(url);
		if (userInfo == null || !userInfo.contains(":")) {
			return Optional.of("the registry URL " + withoutCredentials
					+ " carries no credentials (set SENTIA_EUREKA_URL=https://user:password@host/eureka/)");
		}
		String password = userInfo.substring(userInfo.indexOf(':') + 1);
		if (ServiceDefaultsEnvironmentPostProcessor.DEVELOPMENT_REGISTRY_PASSWORD.equals(password)) {
			return Optional.of("the registry URL " + withoutCredentials
					+ " carries the development registry credential (set SENTIA_EUREKA_URL)");
		}
		return Optional.empty();
	}

	private static String withoutUserInfo(URI url) {
		try {
			return new URI(url.getScheme(), null, url.getHost(), url.getPort(), url.getPath(), null, null).toString();
		}
		catch (URISyntaxException ex) {
			return Objects.toString(url.getHost(), "(unparsable)");
		}
	}

}
