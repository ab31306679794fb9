package io.sentia.testkit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresDataDirectoriesTests {

	@TempDir
	Path parent;

	@Test
	void removesAClusterWhoseJvmIsGone() throws IOException {
		Path abandoned = cluster("sentia-pg-abandoned", Duration.ofHours(1));

		PostgresDataDirectories.removeAbandoned(this.parent);

		assertThat(abandoned).doesNotExist();
	}

	@Test
	void keepsAClusterWhoseLockIsHeld() throws IOException {
		Path running = cluster("sentia-pg-running", Duration.ofHours(1));
		try (FileChannel channel = FileChannel.open(running.resolve("epg-lock"), StandardOpenOption.WRITE);
				FileLock lock = channel.lock()) {

			PostgresDataDirectories.removeAbandoned(this.parent);

			assertThat(lock.isValid()).isTrue();
			assertThat(running.resolve("base/1/1259")).exists();
		}
	}

	@Test
	void keepsAClusterThatMayStillBeStarting() throws IOException {
		Path starting = cluster("sentia-pg-starting", Duration.ZERO);

		PostgresDataDirectories.removeAbandoned(this.parent);

		assertThat(starting).exists();
	}

	@Test
	void leavesOtherDirectoriesAlone() throws IOException {
		Path unrelated = cluster("someone-else", Duration.ofHours(1));

		PostgresDataDirectories.removeAbandoned(this.parent);

		assertThat(unrelated).exists();
	}

	private Path cluster(String name, Duration age) throws IOException {
		Path directory = Files.createDirectories(this.parent.resolve(name));
		Files.createDirectories(directory.resolve("base/1"));
		Files.writeString(directory.resolve("base/1/1259"), "catalog");
		Files.createFile(directory.resolve("epg-lock"));
		Files.setLastModifiedTime(directory, FileTime.from(Instant.now().minus(age)));
		return directory;
	}

}
