#!/usr/bin/env bash
# Fails when a production dependency has a known high or critical vulnerability.
# First asks the registry's audit endpoint (pnpm audit). A registry without one (a mirror answering 405, or no
# network) gets the offline check instead: the lockfile's production packages against infra/scripts/known-advisories.json
# and against the deprecation notices their authors published for security reasons. The output says which ran.
set -uo pipefail
cd "$(dirname "$0")/../.."

output=$(pnpm audit --prod --audit-level high 2>&1)
status=$?
if ! grep -q 'ERR_PNPM_AUDIT_BAD_RESPONSE\|ERR_PNPM_AUDIT_ENDPOINT\|ENOTFOUND\|ECONNREFUSED\|ETIMEDOUT\|EAI_AGAIN' <<<"$output"; then
  echo "$output"
  echo "dependency audit: registry audit endpoint answered (exit $status)"
  exit "$status"
fi

echo "dependency audit: the registry has no audit endpoint ($(grep -o 'responded with [0-9]*' <<<"$output" | head -n 1 || echo unreachable)); running the offline check"
exec pnpm --silent --filter @nianbao/infra exec tsx scripts/audit-offline.ts "$PWD/pnpm-lock.yaml"
