package io.sentia.testkit.probe;

/**
 * The kinds of malformed input the probe sends; every operation gets each kind that
 * applies to it.
 */
public enum InputCategory {

	/** The JSON literal {@code null} as the body. */
	NULL_BODY,

	/** {@code []} where an object is expected. */
	ARRAY_BODY,

	/** A JSON string ({@code "x"}) as the body. */
	STRING_BODY,

	/** JSON that is not well-formed. */
	MALFORMED_JSON,

	/** A body property of the wrong JSON type. */
	WRONG_TYPE_PROPERTY,

	/** Arrays or objects nested far beyond any real document (10,000 levels). */
	DEEP_NESTING,

	/** Numbers beyond {@code double} or {@code long}: {@code 1e400}, 23 nines. */
	HUGE_NUMBER,

	/** A JSON body whose bytes are not UTF-8. */
	INVALID_UTF8,

	/** A body under a content type the operation does not read, or an invalid one. */
	WRONG_CONTENT_TYPE,

	/** An empty body declared as JSON. */
	EMPTY_BODY,

	/** A parameter that cannot be converted to its declared type. */
	PARAMETER_WRONG_TYPE,

	/** A numeric-looking parameter beyond {@code long} or {@code double}. */
	PARAMETER_HUGE_NUMBER,

	/** A parameter sent empty. */
	PARAMETER_EMPTY,

	/** A parameter thousands of characters long. */
	PARAMETER_LONG,

	/** A parameter holding a percent-encoded NUL ({@code %00}). */
	PARAMETER_NUL,

	/**
	 * A parameter whose percent-encoding is invalid ({@code %zz}, a lone {@code %}) or
	 * decodes to bytes that are not UTF-8.
	 */
	PARAMETER_INVALID_ENCODING,

	/** A required query parameter left out. */
	PARAMETER_MISSING

}
