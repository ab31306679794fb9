package io.sentia.servicekit.errors;

import java.nio.charset.MalformedInputException;
import java.sql.SQLException;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.StreamConstraintsException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;

class ClientErrorCausesTests {

	@Test
	void aNulCharacterTheDatabaseRefusesIsTheClientsError() {
		ProblemDetail problem = problemFor(new DataIntegrityViolationException("select",
				new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021")));

		assertThat(problem.getStatus()).isEqualTo(400);
		assertThat(problem.getDetail()).contains("NUL (%00)").doesNotContain("UTF8\": 0x00");
	}

	@Test
	void numbersAndDatesBeyondTheDatabasesRangeAreTheClientsError() {
		assertThat(problemFor(new RuntimeException(new SQLException("out of range", "22003"))).getDetail())
			.isEqualTo("A number in the request is out of range.");
		assertThat(problemFor(new RuntimeException(new SQLException("out of range", "22008"))).getDetail())
			.isEqualTo("A date or time in the request is out of range.");
	}

	@Test
	void otherDatabaseErrorsStayServerErrors() {
		assertThat(ClientErrorCauses.problemFor(new RuntimeException(new SQLException("duplicate", "23505"))))
			.isEmpty();
		assertThat(ClientErrorCauses.problemFor(new IllegalStateException("bug"))).isEmpty();
		assertThat(ClientErrorCauses.problemFor(null)).isEmpty();
	}

	@Test
	void aQueryStringTomcatCannotDecodeNamesTheParameterWithTomcatsStatus() {
		ProblemDetail problem = problemFor(new InvalidParameterException(
				"Character decoding failed. Parameter [limit] with value [%zz] has been ignored."));

		assertThat(problem.getStatus()).isEqualTo(400);
		assertThat(problem.getType()).isEqualTo(ProblemType.INVALID_PARAMETER.uri());
		assertThat(problem.getDetail()).isEqualTo("Parameter 'limit' is not valid percent-encoded UTF-8.");
		assertThat(problemFor(new InvalidParameterException("More than 1000 parameters", 413)).getStatus())
			.isEqualTo(413);
	}

	@Test
	void aParameterNameThatIsNotPlainIsNotEchoed() {
		ProblemDetail problem = problemFor(
				new InvalidParameterException("Character decoding failed. Parameter [<script>] with value [%]"));

		assertThat(problem.getDetail()).doesNotContain("<script>");
		assertThat(problem.getProperties()).isNull();
	}

	@Test
	void jsonBeyondTheParserLimitsAndUndecodableBytesAreUnreadableBodies() {
		assertThat(problemFor(new StreamConstraintsException("Document nesting depth (1001) exceeds")).getType())
			.isEqualTo(ProblemType.UNREADABLE_BODY.uri());
		assertThat(problemFor(new IllegalStateException(new MalformedInputException(1))).getStatus()).isEqualTo(400);
	}

	private static ProblemDetail problemFor(Throwable error) {
		return ClientErrorCauses.problemFor(error).orElseThrow();
	}

}
