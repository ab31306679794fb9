package io.sentia.testkit;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InfrastructureConcurrencyTests {

	@Test
	void startsOneServerOfEachKindHoweverManyTestsAskAtOnce() throws Exception {
		List<Callable<List<Object>>> askers = IntStream.range(0, 8)
			.mapToObj((i) -> (Callable<List<Object>>) () -> List.of(Infrastructure.postgres(), Infrastructure.kafka(),
					Infrastructure.redis()))
			.toList();

		try (ExecutorService executor = Executors.newFixedThreadPool(askers.size())) {
			List<List<Object>> answers = executor.invokeAll(askers)
				.stream()
				.map(InfrastructureConcurrencyTests::join)
				.toList();

			assertThat(answers).allSatisfy((servers) -> assertThat(servers).containsExactlyElementsOf(answers.get(0)));
		}
	}

	private static <T> T join(Future<T> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

}
