package io.sentia.forecasting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ForecastingServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(ForecastingServiceApplication.class, args);
	}

}
