package io.sentia.servicekit.outbox;

import java.util.concurrent.ScheduledThreadPoolExecutor;

import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.servicekit.testapp.ServiceKitTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ExecutorConfigurationSupport;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service built on the kit, with nothing configured, schedules its relay on Boot's one
 * {@code taskScheduler}, which metrics see, keeps Boot's {@code applicationTaskExecutor},
 * and stops the relay after the web server and before the executors.
 */
class OutboxRelaySchedulingTests extends ServiceKitTestSupport {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private TaskScheduler scheduler;

	@Autowired
	private OutboxRelay relay;

	@Autowired
	private MeterRegistry meters;

	@Test
	void relaysOnBootsTaskSchedulerWithThreadsToSpare() {
		assertThat(this.relay.isRunning()).isTrue();
		assertThat(this.context.getBeanNamesForType(TaskScheduler.class)).containsExactly("taskScheduler");
		assertThat(this.scheduler).isInstanceOf(ThreadPoolTaskScheduler.class);
		ScheduledThreadPoolExecutor pool = ((ThreadPoolTaskScheduler) this.scheduler).getScheduledThreadPoolExecutor();
		assertThat(pool.getCorePoolSize()).isEqualTo(4);
	}

	@Test
	void exposesTheSchedulerAndTheApplicationExecutorAsExecutorMetrics() {
		assertThat(this.context.getBean("applicationTaskExecutor")).isInstanceOf(ThreadPoolTaskExecutor.class);
		assertThat(this.meters.get("executor.pool.core").tag("name", "taskScheduler").gauge().value()).isEqualTo(4);
		assertThat(this.meters.get("executor.completed").tag("name", "taskScheduler").functionCounter().count())
			.as("relay runs completed on the scheduler")
			.isPositive();
		assertThat(this.meters.find("executor.pool.core").tag("name", "applicationTaskExecutor").gauge()).isNotNull();
	}

	@Test
	void stopsAfterTheWebServerAndBeforeTheExecutors() {
		int webServer = this.context.getBeansOfType(SmartLifecycle.class)
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().equals("webServerGracefulShutdown"))
			.mapToInt((entry) -> entry.getValue().getPhase())
			.findFirst()
			.orElseThrow();

		assertThat(this.relay.getPhase()).isLessThan(webServer)
			.isGreaterThan(ExecutorConfigurationSupport.DEFAULT_PHASE);
	}

}
