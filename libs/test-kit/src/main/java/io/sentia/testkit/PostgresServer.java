package io.sentia.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A running PostgreSQL server for tests, whichever way it was obtained.
 */
public final class PostgresServer {

	private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private static final int SUFFIX_LENGTH = 10;

	private static final String SUFFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

	/**
	 * Every PostgreSQL cluster has it; the test kit connects there to create databases.
	 */
	private static final String MAINTENANCE_DATABASE = "postgres";

	private static final String DUPLICATE_DATABASE = "42P04";

	/**
	 * Two concurrent CREATE DATABASE of one name can also end in pg_database's unique
	 * index.
	 */
	private static final String UNIQUE_VIOLATION = "23505";

	private final String host;

	private final int port;

	private final String username;

	private final String password;

	private final ServerSource source;

	private final Set<String> createdDatabases = ConcurrentHashMap.newKeySet();

	PostgresServer(String host, int port, String username, String password, ServerSource source) {
		this.host = host;
		this.port = port;
		this.username = username;
		this.password = password;
		this.source = source;
	}

	public String host() {
		return this.host;
	}

	public int port() {
		return this.port;
	}

	public String username() {
		return this.username;
	}

	public String password() {
		return this.password;
	}

	public ServerSource source() {
		return this.source;
	}

	/**
	 * JDBC URL of a database on this server; create it first with
	 * {@link #createDatabase(String)} or {@link #newDatabase(String)}.
	 * @param database the database name
	 * @return the JDBC URL
	 */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database;
	}

	/**
	 * Creates the database unless it exists. Safe to call from several threads and JVMs.
	 * @param name lower-case letters, digits and underscores, at most 63 characters
	 */
	public void createDatabase(String name) {
		create(requireValidName(name));
	}

	/**
	 * Creates a database no one else uses: the prefix, an underscore and a random suffix.
	 * @param prefix lower-case letters, digits and underscores, at most 52 characters
	 * @return the new database's name
	 */
	public String newDatabase(String prefix) {
		requireValidName(prefix);
		if (prefix.length() > 63 - SUFFIX_LENGTH - 1) {
			throw new IllegalArgumentException("Database prefix '" + prefix + "' is too long: at most "
					+ (63 - SUFFIX_LENGTH - 1) + " characters leave room for the unique suffix");
		}
		while (true) {
			String name = prefix + "_" + randomSuffix();
			if (create(name)) {
				return name;
			}
		}
	}

	/** Databases this JVM created, so a provided server can be tidied at shutdown. */
	Set<String> createdDatabases() {
		return Set.copyOf(this.createdDatabases);
	}

	/**
	 * Drops the given databases, disconnecting whoever still uses them.
	 * @param names databases this JVM created
	 * @throws SQLException if the server cannot be reached
	 */
	void dropDatabases(List<String> names) throws SQLException {
		try (Connection connection = connectToMaintenanceDatabase();
				Statement statement = connection.createStatement()) {
			for (String name : names) {
				statement.execute("DROP DATABASE IF EXISTS \"" + requireValidName(name) + "\" WITH (FORCE)");
			}
		}
	}

	/**
	 * Opens a connection to the maintenance database, which exists on every server.
	 * @return a new connection the caller closes
	 * @throws SQLException if the server cannot be reached or refuses the credentials
	 */
	Connection connectToMaintenanceDatabase() throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", this.username);
		properties.setProperty("password", this.password);
		properties.setProperty("connectTimeout", "10");
		properties.setProperty("ApplicationName", "sentia-test-kit");
		return DriverManager.getConnection(jdbcUrl(MAINTENANCE_DATABASE), properties);
	}

	/**
	 * The server's version, as it reports it.
	 * @return for example 18.6
	 * @throws SQLException if the server cannot be reached
	 */
	String version() throws SQLException {
		try (Connection connection = connectToMaintenanceDatabase();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("show server_version")) {
			result.next();
			return result.getString(1);
		}
	}

	/**
	 * Returns true when this call created the database, false when it already existed.
	 */
	private boolean create(String name) {
		try (Connection connection = connectToMaintenanceDatabase();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE \"" + name + "\"");
			this.createdDatabases.add(name);
			return true;
		}
		catch (SQLException ex) {
			if (DUPLICATE_DATABASE.equals(ex.getSQLState()) || UNIQUE_VIOLATION.equals(ex.getSQLState())) {
				return false;
			}
			throw new IllegalStateException("Could not create database '" + name + "' on PostgreSQL at " + this.host
					+ ":" + this.port + " (" + this.source + ") as user '" + this.username + "': " + ex.getMessage(),
					ex);
		}
	}

	private static String requireValidName(String name) {
		if (name == null || !DATABASE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("'" + name
					+ "' is not a database name the test kit accepts: use lower-case letters, digits and underscores,"
					+ " starting with a letter or underscore, at most 63 characters");
		}
		return name;
	}

	private static String randomSuffix() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder suffix = new StringBuilder(SUFFIX_LENGTH);
		for (int i = 0; i < SUFFIX_LENGTH; i++) {
			suffix.append(SUFFIX_ALPHABET.charAt(random.nextInt(SUFFIX_ALPHABET.length())));
		}
		return suffix.toString();
	}

	@Override
	public String toString() {
		return "PostgreSQL at " + this.host + ":" + this.port + " (" + this.source + ")";
	}

}
