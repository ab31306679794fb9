package io.sentia.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresServerTests {

	private final PostgresServer postgres = Infrastructure.postgres();

	@Test
	void answersQueriesInANewDatabase() throws SQLException {
		String database = this.postgres.newDatabase("answers");

		try (Connection connection = connect(database);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select current_database(), 6 * 7")) {
			assertThat(result.next()).isTrue();
			assertThat(result.getString(1)).isEqualTo(database);
			assertThat(result.getInt(2)).isEqualTo(42);
		}
	}

	@Test
	void keepsTablesOfOneDatabaseOutOfAnother() throws SQLException {
		String first = this.postgres.newDatabase("isolated");
		String second = this.postgres.newDatabase("isolated");
		try (Connection connection = connect(first); Statement statement = connection.createStatement()) {
			statement.execute("create table orders (id int primary key)");
			statement.execute("insert into orders values (1)");
		}

		assertThat(second).isNotEqualTo(first);
		try (Connection connection = connect(second); Statement statement = connection.createStatement()) {
			assertThatThrownBy(() -> statement.executeQuery("select * from orders")).isInstanceOf(SQLException.class)
				.hasMessageContaining("orders");
		}
	}

	@Test
	void createsANamedDatabaseOnceAndKeepsItsContentOnTheSecondCall() throws SQLException {
		String name = "named_" + System.nanoTime();
		this.postgres.createDatabase(name);
		try (Connection connection = connect(name); Statement statement = connection.createStatement()) {
			statement.execute("create table kept (id int)");
		}

		this.postgres.createDatabase(name);

		try (Connection connection = connect(name);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select count(*) from kept")) {
			assertThat(result.next()).isTrue();
			assertThat(result.getInt(1)).isZero();
		}
	}

	@Test
	void refusesNamesThatWouldNeedQuoting() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.postgres.createDatabase("orders\"; drop"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.postgres.createDatabase("Orders"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.postgres.newDatabase("x".repeat(53)));
	}

	private Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(this.postgres.jdbcUrl(database), this.postgres.username(),
				this.postgres.password());
	}

}
