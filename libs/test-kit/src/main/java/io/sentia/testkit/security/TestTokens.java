package io.sentia.testkit.security;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * Access tokens for tests, issued exactly as the auth-service issues them (RS256, header
 * {@code kid}, the Sentia claims) by a test issuer whose JWK set is served on a loopback
 * port: one issuer and key per JVM, started on first use. {@code InfrastructureTests}
 * points {@code sentia.security.issuer} and {@code sentia.security.jwk-set-uri} at it, so
 * every service test trusts these tokens and nothing else.
 * <p>
 * Besides good tokens it mints the attacks a resource server must refuse, each an
 * otherwise valid ADMIN token with exactly one defect. Plain nimbus and the JDK's HTTP
 * server: usable from servlet and WebFlux tests alike.
 */
public final class TestTokens {

	/** The audience of every good token. */
	public static final String AUDIENCE = "sentia-api";

	/** Path of the JWK set below the issuer, as the auth-service serves it. */
	public static final String JWKS_PATH = "/oauth2/jwks";

	/** The lifetime of a good token, as the auth-service issues them. */
	public static final Duration LIFETIME = Duration.ofMinutes(5);

	/** The role every attack token would have if it were accepted. */
	static final String ATTACK_ROLE = "ADMIN";

	private TestTokens() {
	}

	/**
	 * Returns the issuer URL tokens carry in {@code iss}, starting the issuer if needed.
	 * @return e.g. {@code http://127.0.0.1:40123}
	 */
	public static String issuer() {
		return Issuer.instance().url;
	}

	/**
	 * Returns the URL of the issuer's JWK set, starting the issuer if needed.
	 * @return {@code issuer() + "/oauth2/jwks"}
	 */
	public static String jwkSetUri() {
		return issuer() + JWKS_PATH;
	}

	/**
	 * Returns the public signing key as the JWK set publishes it.
	 * @return the public key
	 */
	public static RSAKey publicKey() {
		return Issuer.instance().key.toPublicJWK();
	}

	/**
	 * A user's token.
	 * @param tenantId the tenant the token acts for
	 * @param role the user's role, e.g. {@code Role.MANAGER} of the service kit
	 * @return the serialised token
	 */
	public static String user(String tenantId, Enum<?> role) {
		return user(tenantId, role.name());
	}

	/**
	 * A user's token.
	 * @param tenantId the tenant the token acts for
	 * @param role the user's role name, e.g. {@code MANAGER}
	 * @return the serialised token
	 */
	public static String user(String tenantId, String role) {
		return userClaims(tenantId, role).sign();
	}

	/**
	 * A partner client's token (client credentials).
	 * @param tenantId the partner's tenant
	 * @param scopes the granted scopes, e.g. {@code analytics.read}
	 * @return the serialised token
	 */
	public static String partner(String tenantId, String... scopes) {
		return partnerClaims(tenantId, scopes).sign();
	}

	/**
	 * Starts from a user's good claims, to change one before signing.
	 * @param tenantId the tenant the token acts for
	 * @param role the role name
	 * @return the claims, ready to adjust and {@link Claims#sign() sign}
	 */
	public static Claims userClaims(String tenantId, String role) {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(role, "role");
		String email = role.toLowerCase(java.util.Locale.ROOT) + "@test.sentia.example";
		return new Claims(UUID.randomUUID().toString()).claim("tenant_id", tenantId)
			.claim("principal_type", "user")
			.claim("roles", List.of(role))
			.claim("email", email)
			.claim("name", "Test " + role);
	}

	/**
	 * Starts from a partner's good claims, to change one before signing.
	 * @param tenantId the partner's tenant
	 * @param scopes the granted scopes
	 * @return the claims, ready to adjust and {@link Claims#sign() sign}
	 */
	public static Claims partnerClaims(String tenantId, String... scopes) {
		Objects.requireNonNull(tenantId, "tenantId");
		return new Claims("test-partner-client").claim("tenant_id", tenantId)
			.claim("principal_type", "client")
			.claim("scope", List.of(scopes));
	}

	/**
	 * An ADMIN token that expired ten minutes ago (well beyond any clock skew).
	 * @param tenantId the tenant
	 * @return the serialised token
	 */
	public static String expired(String tenantId) {
		Instant issued = Instant.now().minus(Duration.ofMinutes(15));
		return userClaims(tenantId, ATTACK_ROLE).issuedAt(issued).expiresAt(issued.plus(LIFETIME)).sign();
	}

	/**
	 * An ADMIN token whose signature has one bit flipped.
	 * @param tenantId the tenant
	 * @return the serialised token
	 */
	public static String tamperedSignature(String tenantId) {
		String[] parts = user(tenantId, ATTACK_ROLE).split("\\.");
		byte[] signature = new Base64URL(parts[2]).decode();
		signature[signature.length / 2] ^= 0x01;
		return parts[0] + "." + parts[1] + "." + Base64URL.encode(signature);
	}

	/**
	 * An unsigned ADMIN token ({@code alg: none}).
	 * @param tenantId the tenant
	 * @return the serialised token
	 */
	public static String algNone(String tenantId) {
		return new PlainJWT(userClaims(tenantId, ATTACK_ROLE).build()).serialize();
	}

	/**
	 * An ADMIN token signed by the test key but naming another issuer.
	 * @param tenantId the tenant
	 * @return the serialised token
	 */
	public static String wrongIssuer(String tenantId) {
		return userClaims(tenantId, ATTACK_ROLE).issuer("https://issuer.attacker.example").sign();
	}

	/**
	 * An ADMIN token signed by the test key but for another audience.
	 * @param tenantId the tenant
	 * @return the serialised token
	 */
	public static String wrongAudience(String tenantId) {
		return userClaims(tenantId, ATTACK_ROLE).audience("another-api").sign();
	}

	/**
	 * An ADMIN token signed by a key the JWK set does not publish, under a {@code kid} it
	 * does not list.
	 * @param tenantId the tenant
	 * @return the serialised token
	 */
	public static String unknownKid(String tenantId) {
		return userClaims(tenantId, ATTACK_ROLE).signWith(Issuer.instance().strangerKey);
	}

	/**
	 * An ADMIN token "signed" HS256 with the issuer's public key as the HMAC secret,
	 * under the real {@code kid}: the algorithm-confusion attack.
	 * @param tenantId the tenant
	 * @return the serialised token
	 */
	public static String hs256SignedWithPublicKey(String tenantId) {
		Issuer issuer = Issuer.instance();
		try {
			byte[] secret = issuer.key.toRSAPublicKey().getEncoded();
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(issuer.key.getKeyID()).build(),
					userClaims(tenantId, ATTACK_ROLE).build());
			jwt.sign(new MACSigner(secret));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not sign the HS256 test token", ex);
		}
	}

	/**
	 * The value of an {@code Authorization} header carrying a token.
	 * @param token the serialised token
	 * @return {@code "Bearer " + token}
	 */
	public static String bearer(String token) {
		return "Bearer " + token;
	}

	/**
	 * The claims of one token, good unless changed; mutable, for one use.
	 */
	public static final class Claims {

		private final JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();

		private Instant issuedAt = Instant.now();

		private Instant expiresAt;

		Claims(String subject) {
			this.claims.subject(subject)
				.issuer(TestTokens.issuer())
				.audience(List.of(AUDIENCE))
				.jwtID(UUID.randomUUID().toString());
			this.expiresAt = this.issuedAt.plus(LIFETIME);
		}

		/**
		 * Sets a claim; {@code null} removes it.
		 * @param name the claim
		 * @param value its value
		 * @return these claims
		 */
		public Claims claim(String name, Object value) {
			this.claims.claim(name, value);
			return this;
		}

		public Claims issuer(String issuer) {
			this.claims.issuer(issuer);
			return this;
		}

		public Claims audience(String... audience) {
			this.claims.audience(List.of(audience));
			return this;
		}

		public Claims subject(String subject) {
			this.claims.subject(subject);
			return this;
		}

		public Claims issuedAt(Instant issuedAt) {
			this.issuedAt = issuedAt;
			return this;
		}

		public Claims expiresAt(Instant expiresAt) {
			this.expiresAt = expiresAt;
			return this;
		}

		/**
		 * Returns the claims set.
		 * @return the claims
		 */
		public JWTClaimsSet build() {
			return this.claims.issueTime(Date.from(this.issuedAt))
				.notBeforeTime(Date.from(this.issuedAt))
				.expirationTime((this.expiresAt != null) ? Date.from(this.expiresAt) : null)
				.build();
		}

		/**
		 * Signs with the issuer's key, RS256, header {@code kid}.
		 * @return the serialised token
		 */
		public String sign() {
			return signWith(Issuer.instance().key);
		}

		String signWith(RSAKey key) {
			try {
				SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
						build());
				jwt.sign(new RSASSASigner(key));
				return jwt.serialize();
			}
			catch (JOSEException ex) {
				throw new IllegalStateException("Could not sign the test token", ex);
			}
		}

	}

	/**
	 * The JVM's one test issuer: its key, a key nobody trusts, and the loopback server
	 * publishing the first.
	 */
	private static final class Issuer {

		private static volatile Issuer instance;

		private final RSAKey key;

		private final RSAKey strangerKey;

		private final String url;

		private Issuer() {
			this.key = rsaKey("sentia-test-key-1");
			this.strangerKey = rsaKey("stranger-key-" + UUID.randomUUID());
			this.url = serveJwks(new JWKSet(this.key.toPublicJWK()).toString());
		}

		static Issuer instance() {
			Issuer issuer = instance;
			if (issuer == null) {
				synchronized (Issuer.class) {
					issuer = instance;
					if (issuer == null) {
						issuer = new Issuer();
						instance = issuer;
					}
				}
			}
			return issuer;
		}

		private static RSAKey rsaKey(String keyId) {
			try {
				return new RSAKeyGenerator(2048).keyID(keyId)
					.keyUse(KeyUse.SIGNATURE)
					.algorithm(JWSAlgorithm.RS256)
					.generate();
			}
			catch (JOSEException ex) {
				throw new IllegalStateException("Could not generate the test signing key", ex);
			}
		}

		private static String serveJwks(String jwks) {
			byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
			try {
				HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
				server.createContext(JWKS_PATH, (exchange) -> {
					try (exchange) {
						exchange.getResponseHeaders().set("Content-Type", "application/jwk-set+json");
						exchange.sendResponseHeaders(200, body.length);
						try (OutputStream out = exchange.getResponseBody()) {
							out.write(body);
						}
					}
				});
				server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
				startAsDaemon(server);
				return "http://127.0.0.1:" + server.getAddress().getPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the test JWK set server", ex);
			}
		}

		/**
		 * The server's dispatcher thread inherits the daemon flag of the thread that
		 * starts it; a daemon never keeps a finished test JVM alive.
		 */
		private static void startAsDaemon(HttpServer server) {
			Thread starter = new Thread(server::start, "sentia-test-issuer-start");
			starter.setDaemon(true);
			starter.start();
			try {
				starter.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while starting the test JWK set server", ex);
			}
		}

	}

}
