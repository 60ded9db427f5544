#!/usr/bin/env bash
# Renders the shop chart once per environment into
# rendered/<env>/shop/manifests.yaml. CI runs it; nobody edits rendered/.
set -euo pipefail
cd "$(dirname "$0")/.."

# helm template asks no cluster. Without these flags, .Capabilities is
# whatever the installed Helm assumes; with them, we name our clusters'.
KUBE_VERSION="1.29.0"
# Helm adds these to the API versions it knows. List every API the chart
# asks for with .Capabilities.APIVersions.Has; add CRD-backed ones only
# when every target cluster serves them.
API_VERSIONS="policy/v1/PodDisruptionBudget"
ENVIRONMENTS=(test prod)

# Start empty, so a file the chart no longer produces disappears too.
rm -rf rendered
for env in "${ENVIRONMENTS[@]}"; do
  mkdir -p "rendered/${env}/shop"
  helm template shop charts/shop \
    --namespace "shop-${env}" \
    --kube-version "${KUBE_VERSION}" \
    --api-versions "${API_VERSIONS}" \
    --values "environments/${env}/values.yaml" \
    > "rendered/${env}/shop/manifests.yaml"
done
echo "Rendered ${ENVIRONMENTS[*]} into rendered/."
