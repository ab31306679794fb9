package io.sentia.servicekit.errors;

/**
 * One entry of a problem's {@code errors} list: what is wrong with which input.
 *
 * @param field the field, parameter or header name as the client sent it (JSON path for
 * bodies, e.g. {@code lines[0].quantity})
 * @param message what to fix, e.g. {@code must not be blank}
 */
public record InvalidField(String field, String message) {

}
