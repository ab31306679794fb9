package io.sentia.servicekit.errors;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.exc.StreamConstraintsException;

import org.springframework.http.ProblemDetail;

/**
 * Recognises exceptions that reach the catch-all handlers but were caused by the request,
 * not by us: a query string that is not valid percent-encoded UTF-8 (Tomcat parses it
 * lazily, so any filter or resolver may trip over it), text the database refuses (a NUL
 * character), numbers or dates beyond the database's range, an unknown charset, JSON
 * beyond the parser's limits. Each answers 4xx naming what to fix instead of a 500.
 */
final class ClientErrorCauses {

	/** PostgreSQL and SQL-standard states for values the request supplied. */
	private static final String INVALID_BYTE_SEQUENCE = "22021";

	private static final String UNTRANSLATABLE_CHARACTER = "22P05";

	private static final String NUMERIC_OUT_OF_RANGE = "22003";

	private static final String DATETIME_OUT_OF_RANGE = "22008";

	private static final Pattern PARAMETER_NAME = Pattern.compile("Parameter \\[([A-Za-z0-9_.\\-]{1,64})]");

	private static final int MAX_DEPTH = 20;

	private ClientErrorCauses() {
	}

	/**
	 * The problem to answer for an exception the request caused, if it is one.
	 * @param error an exception no other handler answered
	 * @return the 4xx problem, or empty for a real server error
	 */
	static Optional<ProblemDetail> problemFor(@Nullable Throwable error) {
		Throwable cause = error;
		for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
			ProblemDetail problem = problemForOne(cause);
			if (problem != null) {
				return Optional.of(problem);
			}
			cause = cause.getCause();
		}
		return Optional.empty();
	}

	private static @Nullable ProblemDetail problemForOne(Throwable cause) {
		return switch (cause) {
			case InvalidParameterException invalid -> invalidParameters(invalid);
			case SQLException sql -> databaseRefused(sql.getSQLState());
			case StreamConstraintsException constraints -> ProblemExceptionHandler.problem(ProblemType.UNREADABLE_BODY,
					"The request body exceeds the JSON limits (nesting depth, or length of a number, string or name).",
					List.of());
			case UnsupportedCharsetException unsupported -> unknownCharset();
			case IllegalCharsetNameException illegal -> unknownCharset();
			case CharacterCodingException coding -> ProblemExceptionHandler.problem(ProblemType.UNREADABLE_BODY,
					"The request is not valid UTF-8.", List.of());
			default -> null;
		};
	}

	private static ProblemDetail invalidParameters(InvalidParameterException ex) {
		Matcher name = PARAMETER_NAME.matcher(String.valueOf(ex.getMessage()));
		String message = "must be percent-encoded UTF-8";
		ProblemDetail problem;
		if (name.find()) {
			problem = ProblemExceptionHandler.problem(ProblemType.INVALID_PARAMETER,
					"Parameter '" + name.group(1) + "' is not valid percent-encoded UTF-8.",
					List.of(new InvalidField(name.group(1), message)));
		}
		else {
			problem = ProblemExceptionHandler.problem(ProblemType.INVALID_PARAMETER,
					"The query string or form body is not valid percent-encoded UTF-8, or has too many parameters.",
					List.of());
		}
		// Tomcat says 400, or 413 for too many parameters.
		int status = ex.getErrorCode();
		if (status >= 400 && status < 500) {
			problem.setStatus(status);
		}
		return problem;
	}

	private static @Nullable ProblemDetail databaseRefused(@Nullable String state) {
		if (state == null) {
			return null;
		}
		return switch (state) {
			case INVALID_BYTE_SEQUENCE, UNTRANSLATABLE_CHARACTER -> ProblemExceptionHandler.problem(
					ProblemType.BAD_REQUEST,
					"A text value in the request holds a character that cannot be stored or searched, such as NUL (%00); remove it.",
					List.of());
			case NUMERIC_OUT_OF_RANGE -> ProblemExceptionHandler.problem(ProblemType.BAD_REQUEST,
					"A number in the request is out of range.", List.of());
			case DATETIME_OUT_OF_RANGE -> ProblemExceptionHandler.problem(ProblemType.BAD_REQUEST,
					"A date or time in the request is out of range.", List.of());
			default -> null;
		};
	}

	private static ProblemDetail unknownCharset() {
		return ProblemExceptionHandler.problem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
				"The request's charset is not supported; send UTF-8.", List.of());
	}

}
