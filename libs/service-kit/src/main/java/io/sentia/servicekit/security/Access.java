package io.sentia.servicekit.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a handler method (or every handler of a controller class) under
 * {@code /api/**}: a user whose role includes {@link #role()}, or a partner client
 * holding any of {@link #scopes()}. A handler under {@code /api/**} without it is denied
 * to everyone (403), so a forgotten annotation fails closed. A method's annotation wins
 * over its class's.
 * <p>
 * Example: {@code @Access(role = Role.VIEWER, scopes = "analytics.read")}.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Access {

	/**
	 * The lowest user role allowed; higher roles are allowed too.
	 * @return the role
	 */
	Role role();

	/**
	 * Partner scopes of which any one allows the call; empty means users only.
	 * @return the scopes
	 */
	String[] scopes() default {};

}
