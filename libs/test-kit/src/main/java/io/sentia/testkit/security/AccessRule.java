package io.sentia.testkit.security;

import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationAttributes;
import org.springframework.web.method.HandlerMethod;

/**
 * A handler's {@code @Access} as the matrix reads it. By name, because the annotation
 * lives in the service kit, whose own tests use this kit: Maven allows no dependency the
 * other way.
 *
 * @param role the lowest role allowed
 * @param roles every role, lowest first (the contract orders them VIEWER &lt; OPERATOR
 * &lt; MANAGER &lt; ADMIN)
 * @param scopes partner scopes of which any one allows the call
 */
record AccessRule(Enum<?> role, List<Enum<?>> roles, List<String> scopes) {

	static final String ACCESS_ANNOTATION = "io.sentia.servicekit.security.Access";

	static Optional<AccessRule> of(HandlerMethod handler) {
		AnnotationAttributes attributes = attributes(handler.getMethod());
		if (attributes == null) {
			attributes = attributes(handler.getBeanType());
		}
		if (attributes == null) {
			return Optional.empty();
		}
		Enum<?> role = (Enum<?>) attributes.get("role");
		List<Enum<?>> roles = List.of(role.getDeclaringClass().getEnumConstants());
		return Optional.of(new AccessRule(role, roles, List.of(attributes.getStringArray("scopes"))));
	}

	boolean allows(Enum<?> userRole) {
		return userRole.ordinal() >= this.role.ordinal();
	}

	private static AnnotationAttributes attributes(AnnotatedElement element) {
		return AnnotatedElementUtils.findMergedAnnotationAttributes(element, ACCESS_ANNOTATION, false, false);
	}

}
