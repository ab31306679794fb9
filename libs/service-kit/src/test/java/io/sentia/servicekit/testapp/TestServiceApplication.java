package io.sentia.servicekit.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A service as the teams write them: its own package, the kit on the classpath, nothing
 * else configured.
 */
@SpringBootApplication
public class TestServiceApplication {

}
