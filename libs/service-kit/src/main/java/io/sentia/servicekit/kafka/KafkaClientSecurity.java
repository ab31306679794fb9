package io.sentia.servicekit.kafka;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * How every Kafka client of a service (producers, consumers, admin, the health check)
 * authenticates and encrypts ({@code sentia.kafka.security.*}, from the
 * {@code SENTIA_KAFKA_*} variables). The JAAS configuration is built here from the user
 * name and password, so it is never written by hand nor kept in a file; Kafka logs it,
 * and every password, as {@code [hidden]}.
 *
 * @param protocol {@code security.protocol}; env {@code SENTIA_KAFKA_SECURITY_PROTOCOL}
 * @param saslMechanism {@code sasl.mechanism} for the SASL protocols; env
 * {@code SENTIA_KAFKA_SASL_MECHANISM}
 * @param username SASL user; env {@code SENTIA_KAFKA_USERNAME}
 * @param password SASL password; env {@code SENTIA_KAFKA_PASSWORD}
 * @param truststoreLocation file of the CAs to trust for the TLS protocols, else the
 * JVM's; env {@code SENTIA_KAFKA_TRUSTSTORE_LOCATION}
 * @param truststorePassword its password; env {@code SENTIA_KAFKA_TRUSTSTORE_PASSWORD}
 * @param truststoreType its type (Kafka's default JKS; PKCS12, PEM); env
 * {@code SENTIA_KAFKA_TRUSTSTORE_TYPE}
 * @param keystoreLocation file of the client certificate for mutual TLS; env
 * {@code SENTIA_KAFKA_KEYSTORE_LOCATION}
 * @param keystorePassword its password; env {@code SENTIA_KAFKA_KEYSTORE_PASSWORD}
 * @param keystoreType its type; env {@code SENTIA_KAFKA_KEYSTORE_TYPE}
 * @param keyPassword password of the private key in the keystore; env
 * {@code SENTIA_KAFKA_KEY_PASSWORD}
 */
public record KafkaClientSecurity(@DefaultValue("PLAINTEXT") Protocol protocol,
		@DefaultValue("PLAIN") SaslMechanism saslMechanism, @Nullable String username, @Nullable String password,
		@Nullable String truststoreLocation, @Nullable String truststorePassword, @Nullable String truststoreType,
		@Nullable String keystoreLocation, @Nullable String keystorePassword, @Nullable String keystoreType,
		@Nullable String keyPassword) {

	public KafkaClientSecurity {
		protocol = (protocol != null) ? protocol : Protocol.PLAINTEXT;
		saslMechanism = (saslMechanism != null) ? saslMechanism : SaslMechanism.PLAIN;
		username = blankToNull(username);
		password = blankToNull(password);
		truststoreLocation = blankToNull(truststoreLocation);
		truststorePassword = blankToNull(truststorePassword);
		truststoreType = blankToNull(truststoreType);
		keystoreLocation = blankToNull(keystoreLocation);
		keystorePassword = blankToNull(keystorePassword);
		keystoreType = blankToNull(keystoreType);
		keyPassword = blankToNull(keyPassword);
		if (protocol.sasl && (username == null || password == null)) {
			throw new IllegalArgumentException("security protocol " + protocol
					+ " needs a user name and a password (SENTIA_KAFKA_USERNAME, SENTIA_KAFKA_PASSWORD)");
		}
		if (!protocol.sasl && (username != null || password != null)) {
			// A credential that would silently go unused is a misconfiguration.
			throw new IllegalArgumentException("a Kafka user name or password is set but security protocol " + protocol
					+ " does not authenticate with SASL (set SENTIA_KAFKA_SECURITY_PROTOCOL to SASL_SSL or "
					+ "SASL_PLAINTEXT)");
		}
		if (!protocol.tls && (truststoreLocation != null || keystoreLocation != null)) {
			throw new IllegalArgumentException("a Kafka truststore or keystore is set but security protocol " + protocol
					+ " does not use TLS (set SENTIA_KAFKA_SECURITY_PROTOCOL to SASL_SSL or SSL)");
		}
	}

	/**
	 * Settings with nothing set: plaintext, as the development broker.
	 * @return the plaintext settings
	 */
	public static KafkaClientSecurity plaintext() {
		return new KafkaClientSecurity(Protocol.PLAINTEXT, SaslMechanism.PLAIN, null, null, null, null, null, null,
				null, null, null);
	}

	/**
	 * The Kafka client configuration these settings stand for: {@code security.protocol},
	 * and where they apply the {@code sasl.*} and {@code ssl.*} entries.
	 * @return client configuration entries, in a stable order
	 */
	public Map<String, String> clientProperties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("security.protocol", this.protocol.name());
		if (this.protocol.sasl) {
			properties.put("sasl.mechanism", this.saslMechanism.kafkaName);
			properties.put("sasl.jaas.config", jaasConfig());
		}
		if (this.protocol.tls) {
			putIfSet(properties, "ssl.truststore.location", this.truststoreLocation);
			putIfSet(properties, "ssl.truststore.password", this.truststorePassword);
			putIfSet(properties, "ssl.truststore.type", this.truststoreType);
			putIfSet(properties, "ssl.keystore.location", this.keystoreLocation);
			putIfSet(properties, "ssl.keystore.password", this.keystorePassword);
			putIfSet(properties, "ssl.keystore.type", this.keystoreType);
			putIfSet(properties, "ssl.key.password", this.keyPassword);
		}
		return properties;
	}

	private String jaasConfig() {
		return this.saslMechanism.loginModule + " required username=\"" + quoted(this.username) + "\" password=\""
				+ quoted(this.password) + "\";";
	}

	/** Kafka's JAAS parser reads a quoted value with backslash escapes. */
	private static String quoted(@Nullable String value) {
		return String.valueOf(value).replace("\\", "\\\\").replace("\"", "\\\"");
	}

	private static void putIfSet(Map<String, String> properties, String key, @Nullable String value) {
		if (value != null) {
			properties.put(key, value);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return StringUtils.hasText(value) ? value : null;
	}

	@Override
	public String toString() {
		return "KafkaClientSecurity[protocol=" + this.protocol + ", saslMechanism=" + this.saslMechanism + ", username="
				+ this.username + ", password=" + mask(this.password) + ", truststoreLocation="
				+ this.truststoreLocation + ", keystoreLocation=" + this.keystoreLocation + "]";
	}

	private static String mask(@Nullable String secret) {
		return (secret != null) ? "******" : "none";
	}

	/** Kafka's {@code security.protocol} values. */
	public enum Protocol {

		/** No authentication, no encryption: the development broker only. */
		PLAINTEXT(false, false),

		/** SASL authentication without encryption: a trusted network only. */
		SASL_PLAINTEXT(true, false),

		/** SASL authentication over TLS: production. */
		SASL_SSL(true, true),

		/** TLS, authenticated by client certificate when a keystore is set. */
		SSL(false, true);

		private final boolean sasl;

		private final boolean tls;

		Protocol(boolean sasl, boolean tls) {
			this.sasl = sasl;
			this.tls = tls;
		}

	}

	/** The SASL mechanisms the kit builds a login for. */
	public enum SaslMechanism {

		/**
		 * {@code PLAIN}: the password travels to the broker, so only over TLS in earnest.
		 */
		PLAIN("PLAIN", "org.apache.kafka.common.security.plain.PlainLoginModule"),

		/** {@code SCRAM-SHA-256}. */
		SCRAM_SHA_256("SCRAM-SHA-256", "org.apache.kafka.common.security.scram.ScramLoginModule"),

		/** {@code SCRAM-SHA-512}. */
		SCRAM_SHA_512("SCRAM-SHA-512", "org.apache.kafka.common.security.scram.ScramLoginModule");

		private final String kafkaName;

		private final String loginModule;

		SaslMechanism(String kafkaName, String loginModule) {
			this.kafkaName = kafkaName;
			this.loginModule = loginModule;
		}

		/**
		 * The name Kafka knows the mechanism by.
		 * @return e.g. {@code SCRAM-SHA-256}
		 */
		public String kafkaName() {
			return this.kafkaName;
		}

	}

}
