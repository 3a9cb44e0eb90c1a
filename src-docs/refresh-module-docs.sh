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
generated=web-ui/target/spring-modulith-docs
# a module that is gone takes its files with it
for old in "$target"/*.puml "$target"/*.adoc; do
  [ -e "$old" ] && [ ! -e "$generated/$(basename "$old")" ] && rm "$old"
done
# The Documenter writes elements in no fixed order: a file whose lines are the same, in another order, is kept as it
# is, so that a refresh shows only what changed.
copied=0
for new in "$generated"/*.puml "$generated"/*.adoc; do
  old="$target/$(basename "$new")"
  if [ ! -e "$old" ] || ! cmp -s <(sort "$new") <(sort "$old"); then
    cp "$new" "$old"
    copied=$((copied + 1))
  fi
done
echo "Updated $copied of $(ls "$generated"/*.puml "$generated"/*.adoc | wc -l) module documentation files in $target"
