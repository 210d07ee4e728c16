#!/usr/bin/env bash
# Times the web explorer's first page: starts the packaged app STARTS times, and each time opens a fresh headless
# Chromium as soon as the app logs "CASCADE explorer ready at", timing until the map is drawn and the run fields
# have values (the very first page of that JVM); then VISITS more first visits, each in a new browser. Prints every
# page with its breakdown (time to first byte, DOMContentLoaded, the UI round trips, bytes) and the median and worst
# with the load average. Needs /usr/bin/chromium and /usr/bin/chromedriver (./cascade test installs them).
#   ui/bench/first-page.sh [STARTS] [VISITS] [READY_REGEX] [JVM_OPTION...]
# e.g. ui/bench/first-page.sh 5 2; READY_REGEX 'Started CascadeUiApplication' times from Spring's started line
# instead (how the app announced itself before the warm-up).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME="$(./cascade java-home)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
./mvnw -B -q -pl ui -am -DskipTests package dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/first-page.classpath
exec java -cp "$(cat ui/target/first-page.classpath)" ui/bench/FirstPage.java ui/target/cascade-ui.jar "${1:-5}" "${2:-2}" \
  "${3:-CASCADE explorer ready at}" "${@:4}"
