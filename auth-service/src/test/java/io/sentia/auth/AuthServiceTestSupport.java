package io.sentia.auth;

import io.sentia.servicekit.security.SentiaSecurityProperties;
import io.sentia.testkit.InfrastructureTests;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole auth-service on a real port with real PostgreSQL and Kafka, under the
 * {@code demo} profile (the demo tenant) and the {@code dev} profile (as the devstack
 * runs it; account mail is read from the outbox, see {@code AuthApiTestSupport#mailsTo}).
 * Every test class shares this one context (and database), so tests use their own users
 * or tolerate each other's rows. Address throttling is set high so the suite's failed
 * sign-ins from 127.0.0.1 do not add up; its own test uses other addresses. Only
 * 127.0.0.1 and ::1 are trusted proxies, so a test can send from 127.0.0.2 as an
 * untrusted peer.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sentia.auth.demo.enabled=true", "sentia.auth.login.max-failures-per-address=1000",
				"sentia.auth.trusted-proxies=127.0.0.1,::1" })
@ActiveProfiles({ "dev", "demo" })
public abstract class AuthServiceTestSupport extends InfrastructureTests {

	@LocalServerPort
	protected int port;

	/**
	 * The issuer this service names in its tokens: {@code sentia.security.issuer}, which
	 * the test-kit sets (to its own test issuer's address; nothing here calls it).
	 */
	@Autowired
	protected SentiaSecurityProperties security;

	protected Browser browser() {
		return new Browser("http://localhost:" + this.port);
	}

}
