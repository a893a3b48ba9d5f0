Feature: A node fails
  When a node stops, the control plane waits: after the 50-second grace period the node turns
  Unknown and its pods stop counting as ready; only when the default 300-second toleration of the
  unreachable taint runs out are the pods deleted and replaced on other nodes. They stay
  Terminating until the node comes back.

  Background:
    Given a cluster with 2 nodes
    And deployment "web" with 4 replicas of image "nginx:1.25"

  Scenario: Replicas are spread over the nodes
    Then deployment "web" has 2 pods on node "node-1"
    And deployment "web" has 2 pods on node "node-2"

  Scenario: Nothing happens for the first 50 seconds
    When node "node-1" stops
    And 50 seconds pass
    Then node "node-1" is Ready
    And deployment "web" now has 4 available replicas

  Scenario: After the grace period the node is Unknown and its pods are not ready, but not replaced
    When node "node-1" stops
    And 1 minute passes
    Then node "node-1" is Unknown
    And deployment "web" now has 2 available replicas
    And deployment "web" has 2 pods on node "node-1"
    When 4 minutes pass
    Then deployment "web" has 2 pods on node "node-1"
    And deployment "web" now has 2 available replicas

  Scenario: After the 300-second toleration the pods are replaced on the other node
    When node "node-1" stops
    And 6 minutes pass
    Then deployment "web" has 4 pods on node "node-2"
    And deployment "web" now has 4 available replicas
    And 2 pods of deployment "web" are terminating on node "node-1"
    When node "node-1" comes back
    And 10 seconds pass
    Then node "node-1" is Ready
    And 0 pods of deployment "web" are terminating on node "node-1"
    And deployment "web" has 0 pods on node "node-1"

  Scenario: kubectl shows the node NotReady
    When node "node-1" stops
    And 1 minute passes
    And I run "kubectl get nodes"
    Then the output is:
      """
      NAME     STATUS     ROLES           AGE   VERSION
      node-1   NotReady   control-plane   61s   v1.32.0
      node-2   Ready      <none>          61s   v1.32.0
      """
