package app.richcontact.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** deploy/kubernetes, parsed with the Kubernetes client's own model classes, and its wiring checked. */
class KubernetesManifestsTest {

    private static final Path MANIFESTS = Path.of("..", "deploy", "kubernetes");
    private static final String LEASE = "rich-contact";

    private final List<HasMetadata> resources = parseAll();

    @Test
    void theDeploymentRunsTwoNonRootReplicasWithAReadOnlyRootAndRollsOneAtATime() {
        Deployment deployment = only(Deployment.class);
        assertEquals(2, deployment.getSpec().getReplicas());
        assertEquals("RollingUpdate", deployment.getSpec().getStrategy().getType());
        assertEquals(0, deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal());
        var pod = deployment.getSpec().getTemplate().getSpec();
        assertTrue(pod.getSecurityContext().getRunAsNonRoot());
        assertEquals(10001L, pod.getSecurityContext().getRunAsUser(), "the image's user");
        Container container = container(deployment);
        assertTrue(container.getSecurityContext().getReadOnlyRootFilesystem());
        assertFalse(container.getSecurityContext().getAllowPrivilegeEscalation());
        assertNotNull(container.getResources().getRequests().get("memory"));
        assertNotNull(container.getResources().getLimits().get("memory"));
        assertTrue(pod.getTerminationGracePeriodSeconds() > 20, "longer than the default shutdown deadline");
    }

    @Test
    void theProbesAskTheManagementPortForLivenessAndReadiness() {
        Container container = container(only(Deployment.class));
        int management = container.getPorts().stream().filter(port -> "management".equals(port.getName()))
                .findFirst().orElseThrow().getContainerPort();
        assertEquals(9090, management, "the Dockerfile's RICHCONTACT_MANAGEMENT_PORT");
        assertEquals(String.valueOf(management), env(container, PluginConfiguration.MANAGEMENT_PORT).getValue());
        assertProbe(container.getLivenessProbe(), "/health/live");
        assertProbe(container.getStartupProbe(), "/health/live");
        assertProbe(container.getReadinessProbe(), "/health/ready");
    }

    @Test
    void theRoleMayOnlyReadAndRenewItsOwnLeaseWhichTheManifestsCreate() {
        Role role = only(Role.class);
        assertEquals(1, role.getRules().size());
        PolicyRule rule = role.getRules().get(0);
        assertEquals(List.of("coordination.k8s.io"), rule.getApiGroups());
        assertEquals(List.of("leases"), rule.getResources());
        assertEquals(List.of(LEASE), rule.getResourceNames());
        assertEquals(Set.of("get", "update", "patch"), Set.copyOf(rule.getVerbs()), "no create, list, watch or delete");
        assertEquals(LEASE, only(Lease.class).getMetadata().getName(), "created here, since the Role cannot create it");

        RoleBinding binding = only(RoleBinding.class);
        assertEquals(role.getMetadata().getName(), binding.getRoleRef().getName());
        String account = only(ServiceAccount.class).getMetadata().getName();
        assertEquals(account, binding.getSubjects().get(0).getName());
        assertEquals(account, only(Deployment.class).getSpec().getTemplate().getSpec().getServiceAccountName());
    }

    @Test
    void theContainerSetsOnlyVariablesThePluginReadsAndTakesTheSecretsKeys() {
        Container container = container(only(Deployment.class));
        Set<String> known = Stream.of(PluginConfiguration.class.getFields())
                .filter(field -> field.getType() == String.class)
                .map(field -> {
                    try {
                        return (String) field.get(null);
                    } catch (IllegalAccessException impossible) {
                        throw new AssertionError(impossible);
                    }
                })
                .collect(Collectors.toSet());
        for (EnvVar variable : container.getEnv()) {
            assertTrue(known.contains(variable.getName()) || variable.getName().equals("JAVA_TOOL_OPTIONS"),
                    variable.getName() + " is not read by the plugin");
        }
        assertEquals(LEASE, env(container, PluginConfiguration.LEASE_NAME).getValue());
        assertEquals("metadata.name", env(container, PluginConfiguration.REPLICA_NAME).getValueFrom().getFieldRef()
                .getFieldPath());
        Secret secret = only(Secret.class);
        for (String key : List.of(PluginConfiguration.IDENTIFIER, PluginConfiguration.KEY, PluginConfiguration.HOOK_SECRET)) {
            assertTrue(secret.getStringData().containsKey(key), "the Secret has " + key);
            var reference = env(container, key).getValueFrom().getSecretKeyRef();
            assertEquals(secret.getMetadata().getName(), reference.getName());
            assertEquals(key, reference.getKey());
        }
    }

    @Test
    void theServicesAndTheDisruptionBudgetSelectThePods() {
        var labels = only(Deployment.class).getSpec().getTemplate().getMetadata().getLabels();
        List<Service> services = all(Service.class);
        assertEquals(2, services.size(), "the public one and the management one");
        services.forEach(service -> assertTrue(labels.entrySet().containsAll(service.getSpec().getSelector().entrySet())));
        PodDisruptionBudget budget = only(PodDisruptionBudget.class);
        assertEquals(1, budget.getSpec().getMaxUnavailable().getIntVal());
        assertTrue(labels.entrySet().containsAll(budget.getSpec().getSelector().getMatchLabels().entrySet()));
    }

    private static void assertProbe(Probe probe, String path) {
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals("management", probe.getHttpGet().getPort().getStrVal());
    }

    private static EnvVar env(Container container, String name) {
        return container.getEnv().stream().filter(variable -> variable.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("the container does not set " + name));
    }

    private static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    private <T extends HasMetadata> T only(Class<T> type) {
        List<T> found = all(type);
        assertEquals(1, found.size(), "one " + type.getSimpleName());
        return found.get(0);
    }

    private <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static List<HasMetadata> parseAll() {
        List<HasMetadata> parsed = new ArrayList<>();
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                String text = Files.readString(file);
                for (String document : text.split("(?m)^---\\s*$")) {
                    if (!document.isBlank()) {
                        parsed.add(Serialization.unmarshal(document));
                    }
                }
            }
        } catch (IOException unreadable) {
            throw new AssertionError(unreadable);
        }
        return parsed;
    }
}
