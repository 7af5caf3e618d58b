# syntax=docker/dockerfile:1
# Rich Contact as a container: the distribution the build makes (bootstrap/target/rich-contact/lib,
# every production module jar; the emulator is not among them) on a Temurin 25 runtime with an
# ahead-of-time cache made while the image is built (README "Memory and start-up"), run as an
# unprivileged user. The code is compiled for Java 17, and runs on 17 too.
#
#   docker build -t rich-contact .
#   docker run -p 8080:8080 -e CRISP_PLUGIN_IDENTIFIER=… -e CRISP_PLUGIN_KEY=… rich-contact
#
# Health and metrics are on the management port (9090), apart from the public one: publish it
# only to your monitoring network, never next to the settings page.
#
# Configuration is the environment variables of the README. On SIGTERM (docker stop) the plugin
# drains for at most RICHCONTACT_SHUTDOWN_DEADLINE (20 s by default): give docker stop more than
# that (docker stop -t 30, stop_grace_period in Compose, terminationGracePeriodSeconds in Kubernetes).

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# The tests run in CI (.ci/run), not here. The cache mount keeps downloaded dependencies between builds.
RUN --mount=type=cache,target=/root/.m2 mvn -B -q package -DskipTests

# Ubuntu-based Temurin JRE: it ships curl, which the health check uses.
FROM eclipse-temurin:25-jre-noble
RUN groupadd --system --gid 10001 richcontact \
    && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent \
       --shell /usr/sbin/nologin richcontact
COPY --from=build /src/bootstrap/target/rich-contact/lib /app/lib
# The distribution's JVM options (Serial GC, 128 MiB heap, C1 only; README "Memory and start-up").
COPY --from=build /src/bootstrap/target/rich-contact/jvm.options /src/bootstrap/target/rich-contact/launch \
     /src/bootstrap/target/rich-contact/train-aot-cache /app/
# The AOT cache (/app/rich-contact.aot: classes loaded and linked, method profiles) from a training
# run of serve against the emulator, at the path and on the JVM the container runs; the emulator
# is removed afterwards. If training fails the build goes on and the plugin starts without it.
RUN --mount=type=bind,from=build,source=/src/sandbox-mode/target/rich-contact/lib,target=/tmp/sandbox-lib \
    sh /app/train-aot-cache /tmp/sandbox-lib /app/rich-contact.aot \
    || echo "no AOT cache: the plugin starts without it"
# Numeric, so that Kubernetes' runAsNonRoot can check it. The plugin writes no file.
USER 10001:10001
ENV RICHCONTACT_PORT=8080 RICHCONTACT_MANAGEMENT_PORT=9090
EXPOSE 8080 9090
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${RICHCONTACT_MANAGEMENT_PORT}/health/live" || exit 1
# launch execs java (with jvm.options and the AOT cache), so java is PID 1 and receives SIGTERM
# itself. JAVA_OPTS comes after jvm.options and so overrides it (e.g. -e JAVA_OPTS=-Xmx256m), as
# with ./rich-contact; RICHCONTACT_AOT_CACHE=off starts without the cache.
ENTRYPOINT ["sh", "/app/launch", "/app/lib", "app.richcontact.bootstrap/app.richcontact.bootstrap.Main"]
CMD ["serve"]
