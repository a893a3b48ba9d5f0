Feature: A pod with a ReadWriteOnce disk moves to another node, and its disk follows
  The Deployment tutorial builds a highly available MySQL from one pod and a persistent volume:
  any node can mount the volume, so when the pod's node is drained the pod starts again elsewhere
  with the same data. A cloud disk (ReadWriteOnce) is attached to one node at a time: the
  attach/detach controller detaches it from the old node once the old pod is gone, then attaches
  it to the new one — until then the new pod waits in ContainerCreating with a Multi-Attach error.
  A node that is lost cannot confirm that it unmounted the disk, so its disk stays put until the
  node comes back, or until six minutes after its pod is force-deleted. (The data itself is
  outside the simulation.)

  Background:
    Given a cluster with 2 nodes
    And the default storage class is "standard-rwo", provisioned by "pd.csi.storage.gke.io"
    When I run "kubectl apply -f features/manifests/storage/mysql-ha.yaml"
    And 1 minute passes
    Then deployment "mysql" has 1 pod on node "node-1"
    And the volume of claim "gvol-1" is attached to node "node-1"

  Scenario: Draining the node moves MySQL and its disk to the other node
    When I run "kubectl cordon node-1"
    Then the output contains "node/node-1 cordoned"
    When I run "kubectl drain node-1 --ignore-daemonsets"
    Then the output contains "node/node-1 already cordoned"
    And the output contains "node/node-1 drained"
    And the pod of deployment "mysql" on node "node-2" is "ContainerCreating"
    When I run "kubectl get events --field-selector reason=FailedAttachVolume"
    Then the output contains "Multi-Attach error for volume"
    And the output contains "Volume is already used by pod(s) mysql-"
    When 30 seconds pass
    Then the pod of deployment "mysql" on node "node-2" is "Running"
    And deployment "mysql" now has 1 available replica
    And the volume of claim "gvol-1" is attached to node "node-2"
    When I run "kubectl uncordon node-1"
    Then the output contains "node/node-1 uncordoned"

  Scenario: A lost node keeps the disk until it comes back
    When node "node-1" stops
    And 6 minutes pass
    Then 1 pod of deployment "mysql" is terminating on node "node-1"
    And the pod of deployment "mysql" on node "node-2" is "ContainerCreating"
    And the volume of claim "gvol-1" is still attached to node "node-1"
    When 20 minutes pass
    Then the pod of deployment "mysql" on node "node-2" is "ContainerCreating"
    When node "node-1" comes back
    And 1 minute passes
    Then the pod of deployment "mysql" on node "node-2" is "Running"
    And the volume of claim "gvol-1" is attached to node "node-2"
    And deployment "mysql" has 0 pods on node "node-1"

  Scenario: Force-deleting the lost pod frees the disk six minutes later
    When node "node-1" stops
    And 6 minutes pass
    And I run "kubectl delete pods --field-selector spec.nodeName=node-1 --force --grace-period=0"
    Then the output contains "force deleted"
    When 5 minutes pass
    Then the pod of deployment "mysql" on node "node-2" is "ContainerCreating"
    And the volume of claim "gvol-1" is still attached to node "node-1"
    When 2 minutes pass
    Then the pod of deployment "mysql" on node "node-2" is "Running"
    And the volume of claim "gvol-1" is attached to node "node-2"
