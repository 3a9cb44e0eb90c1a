#!/usr/bin/env bash
# Refreshes the user guide's screenshots from the browser tests. Tests write them under web-ui/target/screenshots
# (a test run never rewrites tracked files); this runs the browser and document tests, then copies the pictures
# into src-docs/images, where the guide's pages link them. Commit the result when the pictures should change.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -pl web-ui -am verify -Dtest='*BrowserTests,ReviewDocumentsTests,ExportFormatsTests,DocumentLayoutTests' -Dsurefire.failIfNoSpecifiedTests=false
mkdir -p src-docs/images
cp web-ui/target/screenshots/*.png src-docs/images/
echo "Copied $(ls web-ui/target/screenshots/*.png | wc -l) screenshots into src-docs/images"
