#!/usr/bin/env bash
# Refreshes the generated module documentation (issue 10). ModularityTests verifies the feature modules with Spring
# Modulith and writes its Documenter output (PlantUML component diagrams of all modules and of each one, and a
# module canvas per module: its beans, the beans it uses from other modules, the events it publishes and listens
# to) under web-ui/target/spring-modulith-docs; this runs it and copies the result into
# src-docs/developer/modules. Commit the result when the modules or their dependencies change.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -pl web-ui -am verify -Dtest='ModularityTests' -Dsurefire.failIfNoSpecifiedTests=false
target=src-docs/developer/modules
mkdir -p "$target"
find "$target" -maxdepth 1 \( -name '*.puml' -o -name '*.adoc' \) -delete
cp web-ui/target/spring-modulith-docs/*.puml web-ui/target/spring-modulith-docs/*.adoc "$target"/
echo "Copied $(ls web-ui/target/spring-modulith-docs/*.puml web-ui/target/spring-modulith-docs/*.adoc | wc -l) files into $target"
