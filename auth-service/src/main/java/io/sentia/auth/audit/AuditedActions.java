package io.sentia.auth.audit;

import java.util.UUID;
import java.util.function.Supplier;

import io.sentia.events.AuditRecorded.Outcome;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Caller;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an API action in a transaction and makes sure a refused one is audited too: the
 * action records its own success in its transaction (so the change and its entry commit
 * together); when it is refused with a problem, the transaction rolls back and the
 * refusal is recorded in a transaction of its own.
 */
@Component
public class AuditedActions {

	private final TransactionTemplate transaction;

	private final AuditLog auditLog;

	AuditedActions(TransactionTemplate transaction, AuditLog auditLog) {
		this.transaction = transaction;
		this.auditLog = auditLog;
	}

	/**
	 * Starts the audit entry of an action by the caller of an API request, in the
	 * caller's tenant.
	 * @param caller the signed-in user acting
	 * @param action what they do, e.g. {@code user.invited}
	 * @return the entry, outcome success
	 */
	public static AuditEntry byCaller(Caller caller, String action) {
		return AuditEntry.of(AuditEntry.user(UUID.fromString(caller.subject()), caller.email()),
				UUID.fromString(caller.tenantId()), action, Outcome.SUCCESS);
	}

	/**
	 * Runs {@code work} in a transaction; if it throws an {@link ApiProblemException},
	 * records {@code attempt} as failed with the problem's detail and rethrows.
	 * @param <T> the result type
	 * @param attempt the action's audit entry (recorded only on failure, with outcome
	 * failure)
	 * @param work the action, which records its own success
	 * @return the action's result
	 */
	public <T> T perform(AuditEntry attempt, Supplier<T> work) {
		try {
			return this.transaction.execute((status) -> work.get());
		}
		catch (ApiProblemException ex) {
			this.auditLog.record(new AuditEntry(attempt.actor(), attempt.tenantId(), attempt.action(),
					attempt.targetType(), attempt.targetId(), Outcome.FAILURE, attempt.details(),
					attempt.clientAddress(), attempt.traceId())
				.withDetail("reason", ex.getMessage()));
			throw ex;
		}
	}

}
