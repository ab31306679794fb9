package io.sentia.auth;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.sentia.auth.key.SigningKeys;
import io.sentia.events.Topics;
import io.sentia.servicekit.security.Role;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API of the running auth-service called over HTTP exactly as a client would, with
 * tenants and users made per test so tests never see each other's data, and access tokens
 * signed by the service's own keys.
 */
public abstract class AuthApiTestSupport extends AuthServiceTestSupport {

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected PasswordEncoder passwordHasher;

	@Autowired
	private SigningKeys signingKeys;

	/**
	 * Makes a tenant of its own for a test.
	 * @return the tenant's id
	 */
	protected UUID newTenant() {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO tenant (id, slug, name) VALUES (:id, :slug, :name)")
			.param("id", id)
			.param("slug", "t-" + id.toString().replace("-", ""))
			.param("name", "Test tenant " + id)
			.update();
		return id;
	}

	/**
	 * Makes a user with a role in a tenant and no password.
	 * @param tenantId the tenant
	 * @param role the role
	 * @return the user
	 */
	protected TestUser newUser(UUID tenantId, Role role) {
		return newUser(tenantId, role, null);
	}

	/**
	 * Makes a user with a role in a tenant.
	 * @param tenantId the tenant
	 * @param role the role
	 * @param password the password, or {@code null} for none
	 * @return the user
	 */
	protected TestUser newUser(UUID tenantId, Role role, @Nullable String password) {
		UUID id = UUID.randomUUID();
		String email = role.name().toLowerCase() + "-" + ThreadLocalRandom.current().nextInt(1_000_000_000)
				+ "@test.sentia.example";
		this.jdbc.sql("""
				INSERT INTO app_user (id, email, display_name, password_hash) VALUES (:id, :email, :name, :hash)
				""")
			.param("id", id)
			.param("email", email)
			.param("name", "Test " + role)
			.param("hash", (password != null) ? this.passwordHasher.encode(password) : null)
			.update();
		addMembership(tenantId, id, role);
		return new TestUser(id, email, tenantId, role);
	}

	protected void addMembership(UUID tenantId, UUID userId, Role role) {
		this.jdbc.sql("INSERT INTO membership (tenant_id, user_id, role) VALUES (:tenant, :user, :role)")
			.param("tenant", tenantId)
			.param("user", userId)
			.param("role", role.name())
			.update();
	}

	/**
	 * A valid access token of a user, with the contract's claims, signed by this
	 * service's own active key.
	 * @param user the user
	 * @return the token
	 */
	protected String token(TestUser user) {
		return tokens().user(user.id(), user.email(), user.tenantId(), user.role().name());
	}

	/**
	 * Tokens signed by this service's own active key.
	 * @return the token maker
	 */
	protected ServiceTokens tokens() {
		return new ServiceTokens(this.signingKeys, this.security.issuer().toString());
	}

	protected HttpResponse<String> get(String path, @Nullable String token) {
		return send("GET", path, token, null);
	}

	protected HttpResponse<String> post(String path, @Nullable String token, @Nullable String body) {
		return send("POST", path, token, body);
	}

	protected HttpResponse<String> patch(String path, @Nullable String token, String body) {
		return send("PATCH", path, token, body);
	}

	protected HttpResponse<String> delete(String path, @Nullable String token, @Nullable String body) {
		return send("DELETE", path, token, body);
	}

	protected HttpResponse<String> send(String method, String path, @Nullable String token, @Nullable String body) {
		BodyPublisher publisher = (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody();
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json")
			.method(method, publisher);
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request.build());
	}

	protected HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	protected URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	protected static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	protected static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	/**
	 * The audit entries of a tenant with one action, oldest first.
	 * @param tenantId the tenant
	 * @param action the action
	 * @return outcome and target of each, as {@code outcome:targetId}
	 */
	protected List<String> audited(UUID tenantId, String action) {
		return this.jdbc.sql("""
				SELECT outcome || ':' || COALESCE(target_id, '') FROM audit_event
				WHERE tenant_id = :tenant AND action = :action ORDER BY seq
				""").param("tenant", tenantId).param("action", action).query(String.class).list();
	}

	/**
	 * The account mails requested for an address, as published to the outbox, oldest
	 * first.
	 * @param email the recipient
	 * @return the {@code AccountMailRequested} payloads
	 */
	protected List<JsonNode> mailsTo(String email) {
		return this.jdbc.sql("""
				SELECT payload FROM outbox_event
				WHERE topic = :topic AND lower(payload::jsonb ->> 'email') = lower(:email) ORDER BY seq
				""")
			.param("topic", Topics.AUTH_ACCOUNT_MAIL)
			.param("email", email)
			.query(String.class)
			.list()
			.stream()
			.map(JSON::readTree)
			.toList();
	}

	/**
	 * The single-use token in the link of the last account mail to an address.
	 * @param email the recipient
	 * @return the token: the last path segment of the link
	 */
	protected String mailedToken(String email) {
		List<JsonNode> mails = mailsTo(email);
		assertThat(mails).as("an account mail to " + email).isNotEmpty();
		String link = mails.get(mails.size() - 1).get("link").asString();
		return link.substring(link.lastIndexOf('/') + 1);
	}

	/**
	 * A user made for a test.
	 *
	 * @param id the user id
	 * @param email the e-mail address
	 * @param tenantId the tenant of the membership made with the user
	 * @param role the role there
	 */
	public record TestUser(UUID id, String email, UUID tenantId, Role role) {

		public TestUser in(UUID otherTenant, Role otherRole) {
			return new TestUser(this.id, this.email, otherTenant, otherRole);
		}

	}

}
