package io.sentia.integrations.connector;

/**
 * Reads one stream of one connection from the provider, page by page.
 */
public interface StreamReader {

	/**
	 * Reads every record the provider changed in the request's window, in the provider's
	 * order, handing each page to {@code sink} as soon as it is read. The cursor is taken
	 * from the records' provider timestamps, never from the local clock.
	 * @throws ProviderCallException when the provider fails after retries
	 */
	void read(ReadRequest request, PageSink sink);

}
