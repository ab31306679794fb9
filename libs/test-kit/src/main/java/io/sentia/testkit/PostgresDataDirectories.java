package io.sentia.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where in-process PostgreSQL keeps its data. On a RAM-backed /dev/shm with room to spare
 * it starts in about half the time and is removed in a fraction of the time it takes on
 * disk, where initdb's fsyncs and deleting a thousand files cost seconds. Clusters left
 * behind by a JVM that was killed are removed before a new one is made there.
 */
final class PostgresDataDirectories {

	static final String PREFIX = "sentia-pg-";

	/** zonky holds a lock on this file for as long as its JVM runs the cluster. */
	private static final String LOCK_FILE = "epg-lock";

	private static final long MINIMUM_FREE_BYTES = 1L << 30;

	/** Younger directories may belong to a JVM that is still starting its cluster. */
	private static final Duration STALE_AFTER = Duration.ofMinutes(2);

	private static final Path SHARED_MEMORY = Path.of("/dev/shm");

	private PostgresDataDirectories() {
	}

	/**
	 * A new, empty data directory; in shared memory when it is there and has room.
	 * @return the directory
	 * @throws IOException if no directory could be created
	 */
	static Path create() throws IOException {
		Optional<Path> memory = sharedMemory(SHARED_MEMORY);
		if (memory.isPresent()) {
			removeAbandoned(memory.get());
			return Files.createTempDirectory(memory.get(), PREFIX);
		}
		return Files.createTempDirectory(PREFIX);
	}

	static Optional<Path> sharedMemory(Path candidate) {
		try {
			if (Files.isDirectory(candidate) && Files.isWritable(candidate)
					&& Files.getFileStore(candidate).getUsableSpace() >= MINIMUM_FREE_BYTES) {
				return Optional.of(candidate);
			}
		}
		catch (IOException ex) {
			// Not usable; the default temporary directory will do.
		}
		return Optional.empty();
	}

	/**
	 * Removes clusters whose JVM is gone: nobody holds their lock. A postmaster still
	 * running from one is asked to stop first.
	 * @param parent the directory holding data directories
	 */
	static void removeAbandoned(Path parent) {
		try (DirectoryStream<Path> directories = Files.newDirectoryStream(parent, PREFIX + "*")) {
			for (Path directory : directories) {
				if (isAbandoned(directory)) {
					stopPostmaster(directory);
					deleteRecursively(directory);
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			// Tidying up is best effort; a leftover directory only costs memory.
		}
	}

	private static boolean isAbandoned(Path directory) throws IOException {
		Instant modified = Files.getLastModifiedTime(directory).toInstant();
		if (modified.isAfter(Instant.now().minus(STALE_AFTER))) {
			return false;
		}
		Path lockFile = directory.resolve(LOCK_FILE);
		if (!Files.exists(lockFile)) {
			return true;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
				FileLock lock = channel.tryLock()) {
			return lock != null;
		}
		catch (OverlappingFileLockException ex) {
			return false;
		}
	}

	private static void stopPostmaster(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		try (Stream<String> lines = Files.lines(pidFile)) {
			lines.findFirst()
				.map(String::strip)
				.filter((pid) -> pid.matches("\\d+"))
				.map(Long::parseLong)
				.flatMap(ProcessHandle::of)
				.filter((process) -> process.info()
					.command()
					.map((command) -> command.endsWith("postgres"))
					.orElse(false))
				.ifPresent(ProcessHandle::destroy);
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			List<Path> deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
			for (Path path : deepestFirst) {
				Files.deleteIfExists(path);
			}
		}
	}

}
