/**
 * The house architecture rules ({@code HouseRules}) that every service's
 * {@code ArchitectureTests} check against its production classes.
 */
package io.sentia.testkit.architecture;
