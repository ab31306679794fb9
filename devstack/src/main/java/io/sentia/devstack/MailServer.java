package io.sentia.devstack;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * GreenMail in this process: a real SMTP server that keeps every mail the platform sends,
 * and GreenMail's REST API (with a small web page) to read them, both on fixed loopback
 * ports. The GreenMail standalone jar bundles its own Jersey, Jackson, Log4j and SLF4J,
 * so it runs in a class loader of its own and cannot clash with the broker's or
 * devstack's libraries; the calls below are its public API.
 */
final class MailServer implements AutoCloseable {

	private final URLClassLoader loader;

	private final Object greenMail;

	private final Object api;

	private final int smtpPort;

	private final int apiPort;

	private MailServer(URLClassLoader loader, Object greenMail, Object api, int smtpPort, int apiPort) {
		this.loader = loader;
		this.greenMail = greenMail;
		this.api = api;
		this.smtpPort = smtpPort;
		this.apiPort = apiPort;
	}

	/**
	 * Starts SMTP (authentication off: any sender, any recipient; a mailbox per
	 * recipient) and the REST API.
	 * @param jar the GreenMail standalone jar ({@link Layout#mailServerJar()})
	 * @param smtpPort the SMTP port on 127.0.0.1
	 * @param apiPort the REST API's port on 127.0.0.1
	 * @return the running server
	 * @throws IOException if the jar is missing or the server does not start
	 */
	static MailServer start(Path jar, int smtpPort, int apiPort) throws IOException {
		if (!Files.isRegularFile(jar)) {
			throw new IOException("GreenMail is missing at " + jar + "; build devstack first (./sentia up does)");
		}
		URLClassLoader loader = new URLClassLoader("greenmail", new URL[] { url(jar) },
				ClassLoader.getPlatformClassLoader());
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		// Jersey finds its providers through the context class loader.
		thread.setContextClassLoader(loader);
		try {
			Properties properties = new Properties();
			properties.setProperty("greenmail.smtp.hostname", "127.0.0.1");
			properties.setProperty("greenmail.smtp.port", Integer.toString(smtpPort));
			properties.setProperty("greenmail.api.hostname", "127.0.0.1");
			properties.setProperty("greenmail.api.port", Integer.toString(apiPort));
			properties.setProperty("greenmail.auth.disabled", "");
			Object setups = call(loader, "com.icegreen.greenmail.util.PropertiesBasedServerSetupBuilder", "build",
					properties);
			Object configuration = call(loader,
					"com.icegreen.greenmail.configuration.PropertiesBasedGreenMailConfigurationBuilder", "build",
					properties);
			Class<?> greenMailType = loader.loadClass("com.icegreen.greenmail.util.GreenMail");
			Object greenMail = greenMailType.getConstructor(setups.getClass()).newInstance(setups);
			greenMailType
				.getMethod("withConfiguration",
						loader.loadClass("com.icegreen.greenmail.configuration.GreenMailConfiguration"))
				.invoke(greenMail, configuration);
			greenMailType.getMethod("start").invoke(greenMail);
			Object builder = call(loader, "com.icegreen.greenmail.standalone.GreenMailApiServerBuilder", "configure",
					properties);
			Method withGreenMail = method(builder.getClass(), "withGreenMail");
			Object api = method(builder.getClass(), "build")
				.invoke(withGreenMail.invoke(builder, greenMail, setups, configuration));
			Method apiStart = method(api.getClass(), "start");
			apiStart.setAccessible(true);
			apiStart.invoke(api);
			return new MailServer(loader, greenMail, api, smtpPort, apiPort);
		}
		catch (ReflectiveOperationException ex) {
			loader.close();
			Throwable cause = (ex instanceof InvocationTargetException target) ? target.getCause() : ex;
			throw new IOException("GreenMail did not start: " + cause, cause);
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	int smtpPort() {
		return this.smtpPort;
	}

	/** The REST API (and its web page) where a newcomer reads the mail sent. */
	String apiUrl() {
		return "http://127.0.0.1:" + this.apiPort;
	}

	/** Where one recipient's mail is listed, as JSON. */
	String messagesOf(String address) {
		return apiUrl() + "/api/user/" + address + "/messages/";
	}

	@Override
	public void close() throws IOException {
		try {
			Method apiStop = method(this.api.getClass(), "stop");
			apiStop.setAccessible(true);
			apiStop.invoke(this.api);
			this.greenMail.getClass().getMethod("stop").invoke(this.greenMail);
		}
		catch (ReflectiveOperationException ex) {
			throw new IOException("GreenMail did not stop cleanly: " + ex, ex);
		}
		finally {
			this.loader.close();
		}
	}

	/** {@code new type().name(properties)}. */
	private static Object call(ClassLoader loader, String type, String name, Properties properties)
			throws ReflectiveOperationException {
		Class<?> builderType = loader.loadClass(type);
		Object builder = builderType.getConstructor().newInstance();
		return builderType.getMethod(name, Properties.class).invoke(builder, properties);
	}

	private static Method method(Class<?> type, String name) throws NoSuchMethodException {
		for (Class<?> candidate = type; candidate != null; candidate = candidate.getSuperclass()) {
			for (Method method : candidate.getDeclaredMethods()) {
				if (method.getName().equals(name)) {
					return method;
				}
			}
			for (Class<?> contract : candidate.getInterfaces()) {
				for (Method method : contract.getMethods()) {
					if (method.getName().equals(name)) {
						return method;
					}
				}
			}
		}
		throw new NoSuchMethodException(type.getName() + "." + name);
	}

	private static URL url(Path jar) throws MalformedURLException {
		return jar.toUri().toURL();
	}

}
