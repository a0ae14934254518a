#!/usr/bin/env bash
# `npm run test:example`: packs iamspec as npm would publish it, installs the tarball into a temporary copy of
# examples/, and runs the example project's scenarios there, as a user's project would. Then it checks that the
# deliberately red example fails, and fails for the right reason.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
npm run --silent build
tarball="$(npm pack --ignore-scripts --silent --pack-destination "$work" | tail -n 1)"
mv "$work/$tarball" "$work/iamspec.tgz"
echo "packed $tarball"

mkdir "$work/example"
(cd "$root/examples" && tar --exclude=node_modules --exclude=reports -cf - .) | (cd "$work/example" && tar -xf -)
cd "$work/example"
npm install --no-audit --no-fund --prefer-offline --loglevel=error

echo '--- the example scenarios (must pass)'
npx cucumber-js

echo '--- the deliberately red scenario (must fail)'
cp features/red.feature.example features/red.feature
if npx cucumber-js features/red.feature >red.log 2>&1; then
  cat red.log
  echo 'the red example passed, but it must fail' >&2
  exit 1
fi
if ! grep -q 'expected the request to be allowed' red.log; then
  cat red.log
  echo 'the red example failed for another reason than its decision' >&2
  exit 1
fi
sed -n '/Failures:/,$p' red.log
echo 'the red example failed as it should'
