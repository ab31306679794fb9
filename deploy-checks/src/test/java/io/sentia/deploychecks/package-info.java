/**
 * Static checks of how Sentia is shipped: the image definitions under {@code docker/},
 * the top-level {@code docker-compose.yml} and the Kustomize overlays under {@code k8s/}.
 * They need no Docker daemon and no cluster; {@code docker-compose} and {@code kubectl}
 * render the files.
 */
package io.sentia.deploychecks;
