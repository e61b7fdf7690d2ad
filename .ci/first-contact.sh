#!/usr/bin/env bash
# First contact, as a new user meets the product: `pnpm start` on a checkout where nothing has been built or tested,
# then the admin app at /, the H5 app at /m/ and Swagger must open in Chromium and a demo user must sign in.
# Runs before lint, typecheck and the tests, so that nothing they build can hide a `pnpm start` that serves no UI.
set -uo pipefail
cd "$(dirname "$0")/.."
port=${FIRST_CONTACT_PORT:-3979}
log=$(mktemp /tmp/nianbao-first-start.XXXXXX.log)

SECONDS=0
PORT=$port setsid pnpm start > "$log" 2>&1 &
pid=$!
stop() { kill -TERM -- -"$pid" 2>/dev/null; sleep 1; kill -KILL -- -"$pid" 2>/dev/null; wait "$pid" 2>/dev/null; }
trap stop EXIT

healthy=1
for _ in $(seq 1 600); do
  if curl -sf "http://127.0.0.1:$port/api/health" > /dev/null 2>&1; then healthy=0; break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 1
done
if [ $healthy != 0 ]; then
  echo "first contact: pnpm start never answered /api/health (after ${SECONDS}s). Last lines:"
  tail -n 30 "$log"
  exit 1
fi
echo "first contact: pnpm start answered /api/health after ${SECONDS}s"
if ! pnpm --silent --filter @nianbao/infra first-contact "http://127.0.0.1:$port"; then
  echo "first contact FAILED. Last lines of pnpm start:"
  tail -n 30 "$log"
  exit 1
fi
echo "first contact: ok"
