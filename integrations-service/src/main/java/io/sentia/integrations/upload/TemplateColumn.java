package io.sentia.integrations.upload;

/**
 * One column of an upload template.
 *
 * @param name the column's header in the template
 * @param required whether every row must have a value
 * @param format what a value looks like and what it means
 */
public record TemplateColumn(String name, boolean required, String format) {

	static TemplateColumn required(String name, String format) {
		return new TemplateColumn(name, true, format);
	}

	static TemplateColumn optional(String name, String format) {
		return new TemplateColumn(name, false, format);
	}

}
