package io.sentia.servicekit.testapp;

import java.util.Map;

import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller whose class declares the rule, with one method overriding it.
 */
@RestController
@RequestMapping("/api/test/syncs")
@Access(role = Role.OPERATOR, scopes = "integrations.write")
class ClassGuardedTestController {

	@GetMapping
	Map<String, String> syncs() {
		return Map.of("syncs", "none");
	}

	@GetMapping("/settings")
	@Access(role = Role.ADMIN)
	Map<String, String> settings() {
		return Map.of("settings", "none");
	}

}
