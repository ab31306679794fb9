package io.sentia.deploychecks;

import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prod overlay runs its data on operators' custom resources, checked for the fields
 * those operators require and for the replication the architecture promises: Strimzi
 * {@code Kafka} in KRaft node pools (3 brokers, replication factor 3, min.insync.replicas
 * 2), one CloudNativePG {@code Cluster} with a primary and a replica per service
 * database, and Redis with replicas. The services are pointed at them.
 */
class ProductionDataStoresTests {

	private static final List<String> DATABASES = List.of("auth", "integrations", "forecasting", "analytics",
			"notifications");

	private final RenderedOverlay prod = RenderedOverlay.of("prod");

	@Test
	void runsKafkaThroughStrimziWithThreeReplicatedBrokers() {
		JsonNode kafka = single(this.prod.customResources("kafka.strimzi.io", "Kafka"));
		assertThat(kafka.get("apiVersion").asString()).isIn("kafka.strimzi.io/v1beta2", "kafka.strimzi.io/v1");
		assertThat(kafka.at("/metadata/annotations/strimzi.io~1node-pools").asString()).isEqualTo("enabled");
		JsonNode config = kafka.at("/spec/kafka/config");
		assertThat(config.get("default.replication.factor").asInt()).isEqualTo(3);
		assertThat(config.get("min.insync.replicas").asInt()).isEqualTo(2);
		assertThat(config.get("offsets.topic.replication.factor").asInt()).isEqualTo(3);
		assertThat(config.get("transaction.state.log.replication.factor").asInt()).isEqualTo(3);
		assertThat(kafka.at("/spec/kafka/listeners")).isNotEmpty();
		String cluster = kafka.at("/metadata/name").asString();
		int brokers = 0;
		int controllers = 0;
		for (JsonNode pool : this.prod.customResources("kafka.strimzi.io", "KafkaNodePool")) {
			assertThat(pool.at("/metadata/labels/strimzi.io~1cluster").asString()).isEqualTo(cluster);
			assertThat(pool.at("/spec/storage/type").asString()).isIn("persistent-claim", "jbod");
			List<String> roles = pool.at("/spec/roles").valueStream().map(JsonNode::asString).toList();
			assertThat(roles).isNotEmpty().isSubsetOf("broker", "controller");
			int replicas = pool.at("/spec/replicas").asInt();
			brokers += roles.contains("broker") ? replicas : 0;
			controllers += roles.contains("controller") ? replicas : 0;
		}
		assertThat(brokers).isEqualTo(3);
		assertThat(controllers).as("KRaft controllers").isEqualTo(3);
		Map<String, String> settings = this.prod.platformSettings();
		assertThat(settings).containsEntry("SENTIA_KAFKA_BOOTSTRAP_SERVERS", cluster + "-kafka-bootstrap:9092")
			.containsEntry("SENTIA_KAFKA_REPLICAS", "3");
	}

	@Test
	void opensKafkaOnlyToTheServices() {
		JsonNode kafka = single(this.prod.customResources("kafka.strimzi.io", "Kafka"));
		for (JsonNode listener : kafka.at("/spec/kafka/listeners")) {
			JsonNode peers = listener.get("networkPolicyPeers");
			assertThat(peers).as("networkPolicyPeers of listener %s", listener.get("name")).isNotNull().isNotEmpty();
			List<String> admitted = this.prod.podTemplates()
				.entrySet()
				.stream()
				.filter((workload) -> peers.valueStream()
					.anyMatch((peer) -> RenderedOverlay.matches(selector(peer.get("podSelector")),
							workload.getValue().getMetadata().getLabels())))
				.map(Map.Entry::getKey)
				.toList();
			assertThat(admitted).containsExactlyInAnyOrderElementsOf(
					DATABASES.stream().map((database) -> database + "-service").toList());
		}
	}

	@Test
	void runsAPrimaryAndAReplicaPerDatabaseThroughCloudNativePg() {
		List<JsonNode> clusters = this.prod.customResources("postgresql.cnpg.io", "Cluster");
		assertThat(clusters.stream().map((cluster) -> cluster.at("/metadata/name").asString()))
			.containsExactlyInAnyOrderElementsOf(DATABASES.stream().map((database) -> database + "-db").toList());
		for (JsonNode cluster : clusters) {
			assertThat(cluster.get("apiVersion").asString()).isEqualTo("postgresql.cnpg.io/v1");
			assertThat(cluster.at("/spec/instances").asInt()).isEqualTo(2);
			assertThat(cluster.at("/spec/storage/size").asString()).isNotBlank();
			assertThat(cluster.at("/spec/imageName").asString()).matches("ghcr.io/cloudnative-pg/postgresql:18[.0-9]*");
			String database = cluster.at("/spec/bootstrap/initdb/database").asString();
			assertThat(cluster.at("/metadata/name").asString()).isEqualTo(database + "-db");
		}
	}

	@Test
	void pointsEachServiceAtItsOwnDatabaseClusterAndCredential() {
		for (String database : DATABASES) {
			PodTemplateSpec template = this.prod.podTemplates().get(database + "-service");
			var env = template.getSpec().getContainers().getFirst().getEnv();
			assertThat(env).anySatisfy((variable) -> {
				assertThat(variable.getName()).isEqualTo("SENTIA_POSTGRES_HOST");
				assertThat(variable.getValue()).isEqualTo(database + "-db-rw");
			});
			for (String variableName : List.of("SENTIA_POSTGRES_USER", "SENTIA_POSTGRES_PASSWORD")) {
				assertThat(env.stream().filter((variable) -> variable.getName().equals(variableName))).singleElement()
					.satisfies((variable) -> assertThat(variable.getValueFrom().getSecretKeyRef().getName())
						.isEqualTo(database + "-db-app"));
			}
		}
	}

	@Test
	void replicatesRedis() {
		List<StatefulSet> replicas = this.prod.all(StatefulSet.class)
			.stream()
			.filter((set) -> set.getSpec()
				.getTemplate()
				.getSpec()
				.getContainers()
				.getFirst()
				.getArgs()
				.contains("--replicaof"))
			.toList();
		assertThat(replicas).singleElement().satisfies((set) -> {
			assertThat(set.getSpec().getReplicas()).isGreaterThanOrEqualTo(1);
			List<String> args = set.getSpec().getTemplate().getSpec().getContainers().getFirst().getArgs();
			assertThat(args.get(args.indexOf("--replicaof") + 1)).isEqualTo("redis");
		});
		assertThat(this.prod.platformSettings()).containsEntry("SENTIA_REDIS_HOST", "redis");
	}

	private static LabelSelector selector(JsonNode podSelector) {
		LabelSelector selector = new LabelSelector();
		podSelector.path("matchLabels")
			.properties()
			.forEach((label) -> selector.getMatchLabels().put(label.getKey(), label.getValue().asString()));
		return selector;
	}

	private static JsonNode single(List<JsonNode> resources) {
		assertThat(resources).hasSize(1);
		return resources.getFirst();
	}

}
