package io.sentia.servicekit.standin;

import org.springframework.context.annotation.Configuration;

/** Stands in for a service-kit auto-configuration class. */
@Configuration(proxyBeanMethods = false)
public class StandInConfiguration {

	public static final String BEAN = "standIn";

	public static String beanName() {
		return BEAN;
	}

}
