#!/usr/bin/env bash
# Dependency audit: fails on any known high or critical vulnerability. When the registry's
# advisory service cannot be reached (an offline mirror, say) the check says so and passes,
# rather than blocking every build on a network outage; the log shows it was not run.
set -uo pipefail
out="$(npm audit --audit-level=high 2>&1)"
status=$?
echo "$out" | tail -n 20
if ((status == 0)); then exit 0; fi
if grep -qE "audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN" <<<"$out"; then
  echo "⚠ Dependency audit not run: the advisory service did not answer."
  exit 0
fi
exit "$status"
