package io.sentia.deploychecks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import tools.jackson.databind.JsonNode;

/**
 * Reads Kubernetes objects into the fabric8 model and refuses what the model does not
 * know. fabric8 keeps unknown fields in each object's {@code additionalProperties}
 * instead of failing, so every object of the parsed tree is walked and any such field is
 * reported with its path
 * ({@code spec.template.spec.containers[0].livenessProbe.httpGett}).
 */
final class StrictKubernetesModel {

	private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

	private final KubernetesSerialization serialization = new KubernetesSerialization();

	/**
	 * Parses one object.
	 * @param object the object as rendered
	 * @return the typed object, or a {@link GenericKubernetesResource} for a kind the
	 * model does not have (custom resources)
	 * @throws IllegalArgumentException naming every unknown field
	 */
	HasMetadata parse(JsonNode object) {
		HasMetadata parsed = this.serialization.unmarshal(object.toString());
		if (parsed instanceof GenericKubernetesResource) {
			return parsed;
		}
		List<String> unknown = new ArrayList<>();
		collectUnknownFields(parsed, "", unknown);
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException(parsed.getKind() + " " + parsed.getMetadata().getName()
					+ " has fields the Kubernetes model does not know: " + String.join(", ", unknown));
		}
		return parsed;
	}

	private static void collectUnknownFields(Object value, String path, List<String> unknown) {
		if (value == null) {
			return;
		}
		if (value instanceof Collection<?> items) {
			int index = 0;
			for (Object item : items) {
				collectUnknownFields(item, path + "[" + index++ + "]", unknown);
			}
			return;
		}
		if (value instanceof Map<?, ?> entries) {
			entries.forEach((key, item) -> collectUnknownFields(item, path + "[" + key + "]", unknown));
			return;
		}
		if (!value.getClass().getPackageName().startsWith(MODEL_PACKAGE)) {
			return;
		}
		for (Method getter : value.getClass().getMethods()) {
			if (Modifier.isStatic(getter.getModifiers()) || getter.getParameterCount() != 0
					|| getter.getDeclaringClass() == Object.class || !isGetter(getter)) {
				continue;
			}
			Object property = invoke(getter, value);
			if (getter.getName().equals("getAdditionalProperties")) {
				if (property instanceof Map<?, ?> extra && !extra.isEmpty()) {
					extra.keySet().forEach((key) -> unknown.add(join(path, key.toString())));
				}
				continue;
			}
			collectUnknownFields(property, join(path, propertyName(getter)), unknown);
		}
	}

	private static boolean isGetter(Method method) {
		return (method.getName().startsWith("get") && method.getName().length() > 3)
				|| (method.getName().startsWith("is") && method.getName().length() > 2);
	}

	private static String propertyName(Method getter) {
		String name = getter.getName().substring(getter.getName().startsWith("get") ? 3 : 2);
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	private static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

	private static Object invoke(Method getter, Object target) {
		try {
			return getter.invoke(target);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Could not read " + getter, ex);
		}
	}

}
