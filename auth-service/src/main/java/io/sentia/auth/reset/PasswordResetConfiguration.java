package io.sentia.auth.reset;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the password flows' settings ({@code sentia.auth.password-reset.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PasswordResetProperties.class)
class PasswordResetConfiguration {

}
