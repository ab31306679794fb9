package io.sentia.notifications.rules;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.sentia.notifications.QuietContext;
import io.sentia.notifications.members.Member;
import io.sentia.notifications.members.MemberDirectory;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rules API: a new tenant starts with the defaults, a MANAGER writes rules, and every
 * mistake is a 400 naming the field.
 */
@QuietContext
class RuleApiTests extends InfrastructureTests {

	private static final String RULES = "/api/notifications/v1/rules";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MemberDirectory members;

	private String tenant;

	private String member;

	@BeforeEach
	void newTenant() {
		this.tenant = UUID.randomUUID().toString();
		this.member = UUID.randomUUID().toString();
		this.members.upsert(new Member(this.tenant, this.member, "ops@example.com", "Ops", List.of("OPERATOR"), true,
				null, Instant.now()));
	}

	@Test
	void aNewTenantStartsWithRulesThatTellManagersByEmailAndFeed() throws Exception {
		this.mvc.perform(get(RULES).header("Authorization", bearer(Role.VIEWER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rules", hasSize(3)))
			.andExpect(jsonPath("$.rules[?(@.roles[0] == 'MANAGER')].kinds[*]",
					containsInAnyOrder("stockout_risk", "cash_shortfall", "sync_failed", "connection_paused",
							"sync_quarantine", "suggestion_awaiting_approval")))
			.andExpect(jsonPath("$.rules[?(@.roles[0] == 'MANAGER')].channels[*].channel",
					containsInAnyOrder("EMAIL", "IN_APP")));
	}

	@Test
	void aManagerWritesChangesAndDeletesARule() throws Exception {
		String body = """
				{"name": "Critical cash to ops at night too", "kinds": ["cash_shortfall"], "severities": ["critical"],
				 "roles": ["OPERATOR"], "users": ["%s"], "channels": [{"channel": "EMAIL"}, {"channel": "IN_APP"}],
				 "reminderMinutes": 120, "notifyResolved": true, "escalateAfterMinutes": 15,
				 "escalationChannel": "EMAIL", "quietStart": "22:00", "quietEnd": "07:00", "dailyDigest": false}
				""".formatted(this.member);
		String id = com.jayway.jsonpath.JsonPath.read(this.mvc
			.perform(post(RULES).header("Authorization", bearer(Role.MANAGER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.quietStart").value("22:00:00"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		this.mvc.perform(get(RULES).header("Authorization", bearer(Role.VIEWER)))
			.andExpect(jsonPath("$.rules", hasSize(4)))
			.andExpect(jsonPath("$.rules[*].name", hasItem("Critical cash to ops at night too")));
		this.mvc
			.perform(put(RULES + "/" + id).header("Authorization", bearer(Role.ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.replace("\"reminderMinutes\": 120", "\"reminderMinutes\": 30")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reminderMinutes").value(30));
		this.mvc
			.perform(post(RULES).header("Authorization", bearer(Role.OPERATOR))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete(RULES + "/" + id).header("Authorization", bearer(Role.MANAGER)))
			.andExpect(status().isNoContent());
		this.mvc.perform(get(RULES + "/" + id).header("Authorization", bearer(Role.MANAGER)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anUnknownKindIsA400NamingTheField() throws Exception {
		invalid("{\"name\": \"x\", \"kinds\": [\"stockout_risk\", \"weather\"], \"channels\": [{\"channel\": \"EMAIL\"}]}",
				"kinds[1]");
	}

	@Test
	void anUnknownRoleIsA400NamingTheField() throws Exception {
		invalid("{\"name\": \"x\", \"roles\": [\"OWNER\"], \"channels\": [{\"channel\": \"EMAIL\"}]}", "roles[0]");
	}

	@Test
	void aUserWhoIsNotAMemberIsA400NamingTheField() throws Exception {
		invalid("{\"name\": \"x\", \"users\": [\"" + this.member + "\", \"stranger\"], "
				+ "\"channels\": [{\"channel\": \"IN_APP\"}]}", "users[1]");
	}

	@Test
	void anUnknownChannelIsA400NamingTheField() throws Exception {
		invalid("{\"name\": \"x\", \"channels\": [{\"channel\": \"PIGEON\"}]}", "channels[0].channel");
	}

	@Test
	void aSlackTargetThatIsNotConfiguredIsA400NamingTheField() throws Exception {
		invalid("{\"name\": \"x\", \"channels\": [{\"channel\": \"SLACK\", \"targetId\": \"nope\"}]}",
				"channels[0].targetId");
	}

	@Test
	void halfAQuietWindowIsA400NamingTheField() throws Exception {
		invalid("{\"name\": \"x\", \"channels\": [{\"channel\": \"EMAIL\"}], \"quietStart\": \"22:00\"}", "quietEnd");
	}

	private void invalid(String body, String field) throws Exception {
		ResultActions result = this.mvc.perform(post(RULES).header("Authorization", bearer(Role.MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
		result.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
	}

	private String bearer(Role role) {
		return TestTokens.bearer(TestTokens.user(this.tenant, role));
	}

}
