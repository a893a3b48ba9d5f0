Feature: Draining a node respects PodDisruptionBudgets
  kubectl drain evicts pods through the Eviction API. A PodDisruptionBudget that allows no more
  disruptions makes the API answer 429, and kubectl tries again every 5 seconds; the replacement
  pods start on the other node.

  Background:
    Given a cluster with 2 nodes
    And deployment "db" with 1 replica of image "mysql:5.7"
    And the following manifest is applied:
      """
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata:
        name: db-pdb
      spec:
        minAvailable: 1
        selector:
          matchLabels:
            app: db
      """

  Scenario: A budget with no room blocks the drain
    When I run "kubectl drain node-1 --ignore-daemonsets --timeout=20s"
    Then the output contains 'error when evicting pods/"db-'
    And the output contains "Cannot evict pod as it would violate the pod's disruption budget."
    And deployment "db" has 1 pod on node "node-1"

  Scenario: With a second replica the drain goes through and the pod moves
    Given deployment "db" is scaled to 2 replicas
    And the rollout finishes
    When I run "kubectl drain node-1 --ignore-daemonsets --timeout=2m"
    Then the output contains "node/node-1 drained"
    And deployment "db" has 0 pods on node "node-1"
    And deployment "db" has 2 pods on node "node-2"
    And deployment "db" has 2 available replicas
