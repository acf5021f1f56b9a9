#!/usr/bin/env bash
# Measures reading and checking a real saved image: JMH timings of Image.open and of every default
# image check, then one cold CLI-like run under a 64 MB heap with its peak RSS.
#
#   bench/image-read.sh [IMAGE]        (default python:3.11-slim; needs a Docker engine)
#
# Saved images go to /tmp/dw-bench (outside the repository). With podman installed the image is also
# written as a zstd OCI layout and a gzip OCI archive, in a private podman storage root.
set -euo pipefail
image=${1:-python:3.11-slim}
out=/tmp/dw-bench
docker=/usr/bin/docker; [ -x "$docker" ] || docker=docker
cd "$(dirname "$0")/.."
mkdir -p "$out"

"$docker" save "$image" -o "$out/python.tar"
sources="docker-archive:$out/python.tar"
if command -v podman >/dev/null; then
  p=(podman --root "$out/podman-root" --runroot "$out/podman-run" --storage-driver vfs)
  "${p[@]}" load -q -i "$out/python.tar" >/dev/null
  rm -rf "$out/zstd-layout" "$out/gzip-oci.tar"
  "${p[@]}" push -q --compression-format zstd "localhost/$image" "oci:$out/zstd-layout:latest"
  "${p[@]}" save -q --format oci-archive -o "$out/gzip-oci.tar" "localhost/$image"
  sources="$sources,oci:$out/zstd-layout:latest,oci:$out/gzip-oci.tar"
fi
ls -l "$out"/*.tar

mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile="$out/cp.txt"
cp="target/test-classes:target/classes:$(cat "$out/cp.txt")"

java -cp "$cp" org.openjdk.jmh.Main ImageReadBench -p source="$sources" -rf json -rff "$out/jmh.json"

for s in ${sources//,/ }; do
  echo "== cold run, -Xmx64m: $s"
  /usr/bin/time -f "wall %e s, user %U s, max RSS %M kB" java -Xmx64m -cp "$cp" dev.dockwright.bench.ImageCheckMain "$s" | tail -1
done
