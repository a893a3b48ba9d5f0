Feature: Updating a DaemonSet
  A DaemonSet's updateStrategy is RollingUpdate by default: maxUnavailable 1 and maxSurge 0, so
  one node at a time loses its old pod, and its new pod is created once the old one is gone.
  Percentages round up over the nodes that should run a pod. With maxSurge (and maxUnavailable
  0) the new pod starts beside the old one, which is deleted once the new one is available.
  With OnDelete the new template is used only for pods you delete yourself.

  @nodes-3
  Scenario: The default replaces one node at a time
    Given daemonset "fluentd" of image "fluentd:1.16"
    When the image of daemonset "fluentd" changes to "fluentd:1.17"
    Then at most 1 node lacks a ready pod of daemonset "fluentd" during the rollout
    And at most 1 pod of daemonset "fluentd" runs on one node at any time
    And every pod of daemonset "fluentd" runs image "fluentd:1.17"
    And daemonset "fluentd" runs one pod on every node

  @nodes-3
  Scenario: kubectl rollout status follows a DaemonSet update
    Given daemonset "fluentd" of image "fluentd:1.16"
    When I run "kubectl set image daemonset fluentd fluentd=fluentd:1.17"
    Then the output is:
      """
      daemonset.apps/fluentd image updated
      """
    When I run "kubectl rollout status daemonset fluentd"
    Then the output is:
      """
      Waiting for daemon set "fluentd" rollout to finish: 0 out of 3 new pods have been updated...
      Waiting for daemon set "fluentd" rollout to finish: 1 out of 3 new pods have been updated...
      Waiting for daemon set "fluentd" rollout to finish: 2 out of 3 new pods have been updated...
      Waiting for daemon set "fluentd" rollout to finish: 2 of 3 updated pods are available...
      daemon set "fluentd" successfully rolled out
      """
    When I run "kubectl rollout history daemonset fluentd"
    Then the output is:
      """
      daemonset.apps/fluentd 
      REVISION  CHANGE-CAUSE
      1         <none>
      2         <none>

      """

  @nodes-4
  Scenario: maxUnavailable 50% of 4 nodes replaces two nodes at a time
    Given daemonset "agent" of image "agent:1" with maxUnavailable 50%
    When the image of daemonset "agent" changes to "agent:2"
    Then at most 2 nodes lack a ready pod of daemonset "agent" during the rollout
    And every pod of daemonset "agent" runs image "agent:2"

  @nodes-3
  Scenario: maxSurge starts the new pod before the old one goes
    Given daemonset "agent" of image "agent:1" with maxSurge 1
    When the image of daemonset "agent" changes to "agent:2"
    Then every node keeps a ready pod of daemonset "agent" during the rollout
    And at some point a node runs 2 pods of daemonset "agent"
    And at most 2 pods of daemonset "agent" run on one node at any time
    And every pod of daemonset "agent" runs image "agent:2"

  @nodes-3
  Scenario: OnDelete replaces a pod only when it is deleted
    Given daemonset "agent" of image "agent:1" and the OnDelete strategy
    When the image of daemonset "agent" changes to "agent:2"
    And 1 minute passes
    Then 3 pods of daemonset "agent" run image "agent:1"
    When the pod of daemonset "agent" on node "node-2" is deleted
    Then 1 pod of daemonset "agent" runs image "agent:2"
    And daemonset "agent" has a pod on node "node-2"
    When I run "kubectl rollout status daemonset agent"
    Then the command fails with:
      """
      error: rollout status is only available for RollingUpdate strategy type
      """

  @nodes-3
  Scenario: maxSurge and maxUnavailable may not both be set
    When I try to apply the following manifest:
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: agent
      spec:
        selector:
          matchLabels:
            app: agent
        updateStrategy:
          rollingUpdate:
            maxSurge: 1
        template:
          metadata:
            labels:
              app: agent
          spec:
            containers:
            - name: agent
              image: agent:1
      """
    Then the command fails with:
      """
      The DaemonSet "agent" is invalid: spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: intstr.IntOrString{Type:0, IntVal:1, StrVal:""}: may not be set when maxUnavailable is non-zero
      """
    And the cluster is unchanged
