package io.sentia.devstack;

import java.util.List;

/**
 * How to run one platform instance.
 *
 * @param layout where state, data and logs live
 * @param ports the ports of every server
 * @param external servers the user provides instead of the embedded ones
 * @param javaBin the java launcher for child JVMs (21 or newer)
 * @param jvmFlags flags for every service JVM (dev flags trade peak speed for start-up)
 * @param fresh start from empty data
 * @param extraEnv environment added to every service (e.g. test-only settings)
 */
public record PlatformOptions(Layout layout, PortPlan ports, ExternalServers external, String javaBin,
		List<String> jvmFlags, boolean fresh, java.util.Map<String, String> extraEnv) {

	/**
	 * C1-only, serial GC, small stacks: ~2x faster start of nine JVMs on two cores
	 * (LOCAL-INFRA.md).
	 */
	public static final List<String> DEV_JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss256k",
			"-XX:ReservedCodeCacheSize=64m", "-XX:MaxMetaspaceSize=192m");

	public static String currentJava() {
		return ProcessHandle.current().info().command().orElse("java");
	}

}
