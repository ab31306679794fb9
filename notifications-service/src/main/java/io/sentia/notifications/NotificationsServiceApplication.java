package io.sentia.notifications;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class NotificationsServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(NotificationsServiceApplication.class, args);
	}

	/**
	 * The clock decisions, quiet hours, reminders and the outbox read; one bean so tests
	 * can move time.
	 * @return the UTC system clock
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
