# Builds the application jar and runs it on a JRE; used by docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
# curl for docker-compose's health check of /actuator/health/readiness
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 1001 giamngheo
COPY --from=build /src/web-ui/target/web-ui-*.jar /app/giamngheo.jar
USER giamngheo
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/giamngheo.jar"]
