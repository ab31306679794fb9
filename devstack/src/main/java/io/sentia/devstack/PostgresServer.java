package io.sentia.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL for the platform: a real server from the zonky binaries on a fixed port with
 * its data kept between runs, or a server the user provides. Either way it makes sure the
 * {@code sentia} role and one database per service exist.
 */
final class PostgresServer implements AutoCloseable {

	private static final int LOG_TAIL = 30;

	private final String host;

	private final int port;

	private final String adminUser;

	private final String adminPassword;

	private final String user;

	private final String password;

	private final EmbeddedPostgres embedded;

	private PostgresServer(String host, int port, String adminUser, String adminPassword, String user, String password,
			EmbeddedPostgres embedded) {
		this.host = host;
		this.port = port;
		this.adminUser = adminUser;
		this.adminPassword = adminPassword;
		this.user = user;
		this.password = password;
		this.embedded = embedded;
	}

	/**
	 * Starts the embedded server, writing its output to {@code logFile}. If it does not
	 * answer in time it is tried once more, because a first start on a busy two-core
	 * machine has been seen to miss the wait; a second failure names the log and quotes
	 * its last lines.
	 */
	static PostgresServer startEmbedded(Path dataDir, int port, Path logFile, Consumer<String> progress)
			throws IOException {
		Files.createDirectories(dataDir);
		Files.createDirectories(logFile.getParent());
		IOException first;
		try {
			return startEmbeddedOnce(dataDir, port, logFile);
		}
		catch (IOException ex) {
			first = ex;
		}
		progress.accept(
				"PostgreSQL did not answer on port " + port + " (" + first.getMessage() + "); last lines of " + logFile
						+ ":" + System.lineSeparator() + tail(logFile) + System.lineSeparator() + "Trying once more.");
		try {
			return startEmbeddedOnce(dataDir, port, logFile);
		}
		catch (IOException ex) {
			ex.addSuppressed(first);
			throw new IOException("PostgreSQL did not start on port " + port + ": " + ex.getMessage()
					+ ". Last lines of its log " + logFile + ":" + System.lineSeparator() + tail(logFile), ex);
		}
	}

	private static String tail(Path logFile) {
		try {
			List<String> lines = Files.readAllLines(logFile);
			return String.join(System.lineSeparator(),
					lines.subList(Math.max(0, lines.size() - LOG_TAIL), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private static PostgresServer startEmbeddedOnce(Path dataDir, int port, Path logFile) throws IOException {
		ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setOutputRedirector(log)
			.setErrorRedirector(log)
			.setPort(port)
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			// Devstack stops PostgreSQL itself, after the services; zonky's own hook
			// would
			// stop it first and leave every service hanging on dead connections.
			.setRegisterShutdownHook(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("max_connections", "200")
			.setServerConfig("listen_addresses", "127.0.0.1")
			// Dev data: a crash may lose the last few hundred ms of commits, never
			// corrupt;
			// consumers commit per record, so this is most of their speed.
			.setServerConfig("synchronous_commit", "off")
			.start();
		return new PostgresServer("localhost", port, "postgres", "", "sentia", "sentia", postgres);
	}

	static PostgresServer external(ExternalServers servers) {
		int port = (servers.postgresPort() != null) ? servers.postgresPort() : 5432;
		return new PostgresServer(servers.postgresHost(), port, servers.postgresUser(), servers.postgresPassword(),
				servers.postgresUser(), servers.postgresPassword(), null);
	}

	String host() {
		return this.host;
	}

	int port() {
		return this.port;
	}

	String user() {
		return this.user;
	}

	String password() {
		return this.password;
	}

	boolean isEmbedded() {
		return this.embedded != null;
	}

	/** Creates the application role (embedded server only) and every missing database. */
	void ensureDatabases(Collection<String> databases) throws SQLException {
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), this.adminUser,
				this.adminPassword); Statement statement = connection.createStatement()) {
			if (isEmbedded()) {
				statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sentia') THEN "
						+ "CREATE ROLE sentia LOGIN PASSWORD 'sentia' CREATEDB; END IF; END $$");
			}
			for (String database : databases) {
				try (var rows = statement
					.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
					if (rows.next()) {
						continue;
					}
				}
				statement.execute("CREATE DATABASE " + database + " OWNER " + this.user);
			}
		}
	}

	String jdbcUrl(String database) {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database;
	}

	@Override
	public void close() throws IOException {
		if (this.embedded != null) {
			this.embedded.close();
		}
	}

}
