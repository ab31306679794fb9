package io.sentia.analytics.outlook.scenarios;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.sentia.analytics.cash.scenario.Scenario;
import io.sentia.analytics.cash.scenario.ScenarioEvaluator;
import io.sentia.analytics.cash.scenario.ScenarioValidator;
import io.sentia.analytics.outlook.CashOutlooks;
import io.sentia.analytics.outlook.OutlookInputs;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.errors.InvalidField;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluates scenarios against a tenant's outlook input and keeps its saved ones. Nothing
 * here changes the read models: a scenario is applied to a copy of the input.
 */
class Scenarios {

	static final int MAX_NAME_LENGTH = 100;

	private final CashOutlooks outlooks;

	private final SavedScenarioRepository repository;

	private final Clock clock;

	Scenarios(CashOutlooks outlooks, SavedScenarioRepository repository, Clock clock) {
		this.outlooks = outlooks;
		this.repository = repository;
		this.clock = clock;
	}

	/**
	 * Evaluates a scenario; a malformed one is a 400 naming its fields.
	 */
	ScenarioAnswer evaluate(String tenantId, @Nullable LocalDate asOf, @Nullable String name, Scenario scenario,
			String fieldPrefix, boolean saved) {
		OutlookInputs.Assembled base = this.outlooks.input(tenantId, asOf);
		List<InvalidField> errors = prefixed(fieldPrefix, ScenarioValidator.validate(scenario, base.input()));
		if (!errors.isEmpty()) {
			if (saved) {
				// The scenario was valid when saved; the data has moved on (e.g. a
				// suggested
				// purchase it names is gone).
				ApiProblemException problem = ApiProblemException.conflict("The saved scenario no longer fits the "
						+ "outlook's data: " + errors.getFirst().field() + " " + errors.getFirst().message());
				errors.forEach((error) -> problem.withError(error.field(), error.message()));
				throw problem;
			}
			throw ApiProblemException.invalidFields(errors);
		}
		ScenarioEvaluator.ScenarioResult result = ScenarioEvaluator.evaluate(base.input(), scenario);
		return new ScenarioAnswer(name, scenario, result.base(), result.outlook(), result.comparison(), base.notes());
	}

	/**
	 * The saved scenario; an identical one saved again under its name is the same one.
	 */
	@Transactional
	Created create(String tenantId, @Nullable String name, @Nullable Scenario scenario) {
		List<InvalidField> errors = new java.util.ArrayList<>();
		nameErrors(errors, name);
		if (scenario == null) {
			errors.add(new InvalidField("scenario", "must not be null"));
		}
		else {
			errors.addAll(prefixed("scenario.",
					ScenarioValidator.validate(scenario, this.outlooks.input(tenantId, null).input())));
		}
		if (!errors.isEmpty()) {
			throw ApiProblemException.invalidFields(errors);
		}
		SavedScenario existing = this.repository.findByName(tenantId, name.strip()).orElse(null);
		if (existing != null) {
			if (existing.name().equals(name.strip()) && existing.scenario().equals(scenario)) {
				return new Created(existing, false);
			}
			throw nameTaken(name);
		}
		SavedScenario created = new SavedScenario(UUID.randomUUID(), name.strip(), scenario, this.clock.instant(),
				this.clock.instant());
		try {
			this.repository.insert(tenantId, created);
		}
		catch (DuplicateKeyException ex) {
			throw nameTaken(name);
		}
		return new Created(created, true);
	}

	@Transactional
	SavedScenario rename(String tenantId, UUID id, @Nullable String name) {
		List<InvalidField> errors = new java.util.ArrayList<>();
		nameErrors(errors, name);
		if (!errors.isEmpty()) {
			throw ApiProblemException.invalidFields(errors);
		}
		SavedScenario scenario = find(tenantId, id);
		this.repository.findByName(tenantId, name.strip())
			.filter((other) -> !other.id().equals(id))
			.ifPresent((other) -> {
				throw nameTaken(name);
			});
		try {
			this.repository.rename(tenantId, id, name.strip(), this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw nameTaken(name);
		}
		return this.repository.find(tenantId, scenario.id()).orElseThrow();
	}

	SavedScenario find(String tenantId, UUID id) {
		return this.repository.find(tenantId, id)
			.orElseThrow(() -> ApiProblemException.notFound("No saved scenario " + id + " for this tenant"));
	}

	List<SavedScenario> all(String tenantId) {
		return this.repository.all(tenantId);
	}

	void delete(String tenantId, UUID id) {
		this.repository.delete(tenantId, id);
	}

	private static void nameErrors(List<InvalidField> errors, @Nullable String name) {
		if (name == null || name.isBlank()) {
			errors.add(new InvalidField("name", "must not be blank"));
		}
		else if (name.strip().length() > MAX_NAME_LENGTH) {
			errors.add(new InvalidField("name", "must be at most " + MAX_NAME_LENGTH + " characters"));
		}
	}

	private static ApiProblemException nameTaken(String name) {
		return ApiProblemException.conflict("A saved scenario of this tenant is already called '" + name.strip() + "'")
			.withError("name", "must be unique within the tenant");
	}

	private static List<InvalidField> prefixed(String prefix, List<InvalidField> errors) {
		return errors.stream().map((error) -> new InvalidField(prefix + error.field(), error.message())).toList();
	}

	/**
	 * A scenario saved by a create request.
	 *
	 * @param scenario the saved scenario
	 * @param created whether this request saved it (else an identical one was there)
	 */
	record Created(SavedScenario scenario, boolean created) {

	}

}
