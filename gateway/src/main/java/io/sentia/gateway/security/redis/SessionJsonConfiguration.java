package io.sentia.gateway.security.redis;

import java.net.URL;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.serializer.GenericJacksonJsonRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.security.jackson.SecurityJacksonModules;

/**
 * Browser sessions are stored in Redis as JSON, not Java serialisation: whoever can write
 * to Redis must not be able to make the gateway deserialise arbitrary classes. Spring
 * Security's Jackson modules describe its types (security context, OIDC user, authorized
 * clients, authorization requests) and allow only known classes to be read back.
 */
@Configuration(proxyBeanMethods = false)
class SessionJsonConfiguration {

	/** The name Spring Session looks the serializer of session attributes up by. */
	@Bean("springSessionDefaultRedisSerializer")
	RedisSerializer<Object> springSessionDefaultRedisSerializer() {
		// ID token claims hold the issuer as a URL (OidcIdToken#getIssuer).
		BasicPolymorphicTypeValidator.Builder allowed = BasicPolymorphicTypeValidator.builder()
			.allowIfSubType(URL.class);
		JsonMapper mapper = JsonMapper.builder()
			.addModules(SecurityJacksonModules.getModules(SessionJsonConfiguration.class.getClassLoader(), allowed))
			.build();
		return new GenericJacksonJsonRedisSerializer(mapper);
	}

}
