package io.sentia.testkit;

/**
 * A started server handle together with how it was obtained and how to stop it.
 *
 * @param <T> the handle type
 * @param server the handle tests use
 * @param description one line for the log: source and address
 * @param stopper stops what the test kit started; does nothing for provided servers
 */
record RunningServer<T>(T server, String description, AutoCloseable stopper) {

}
