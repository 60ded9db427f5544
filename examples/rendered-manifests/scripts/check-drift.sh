#!/usr/bin/env bash
# Fails when the committed rendered/ differs from a fresh render: changed,
# deleted and new files all count. Run it right after scripts/render.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

# git diff leaves out untracked files: mark new ones as intended, so that
# the diff below shows their content too. This also stages the deletions
# in rendered/, so the diff compares with HEAD, not with the index.
git add --intent-to-add -- rendered/

changes="$(git status --porcelain -- rendered/)"
if [[ -z "${changes}" ]]; then
  echo "rendered/ matches a fresh render."
  exit 0
fi

{
  echo "rendered/ differs from a fresh render of charts/ and environments/:"
  echo "${changes}"
  git --no-pager diff HEAD -- rendered/
  echo "Edit charts/ or environments/, not rendered/. CI renders pull"
  echo "requests of this repository; in a fork, run scripts/render.sh."
} >&2
exit 1
