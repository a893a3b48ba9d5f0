Feature: DaemonSets run one pod on every eligible node
  A DaemonSet keeps exactly one pod on each node that may run it: the nodes its nodeSelector and
  node affinity match and whose NoSchedule / NoExecute taints it tolerates. Every daemon pod also
  tolerates the node-problem taints, so cordoned and NotReady nodes keep theirs. A node that
  joins the cluster gets a pod; pods are named <daemonset>-<5 random characters> and carry the
  controller-revision-hash label of their template.

  @nodes-3
  Scenario: One pod on every node
    Given daemonset "fluentd" of image "fluentd:1.16"
    Then daemonset "fluentd" runs one pod on every node
    When I run "kubectl get ds fluentd"
    Then the output is:
      """
      NAME      DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
      fluentd   3         3         3       3            3           <none>          1s
      """
    When I run "kubectl get pods -o wide --show-labels"
    Then the output is:
      """
      NAME            READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES   LABELS
      fluentd-5vpfq   1/1     Running   0          1s    10.244.2.2   node-3   <none>           <none>            app=fluentd,controller-revision-hash=ff544674b,pod-template-generation=1
      fluentd-8t5qw   1/1     Running   0          1s    10.244.0.2   node-1   <none>           <none>            app=fluentd,controller-revision-hash=ff544674b,pod-template-generation=1
      fluentd-jhtnj   1/1     Running   0          1s    10.244.1.2   node-2   <none>           <none>            app=fluentd,controller-revision-hash=ff544674b,pod-template-generation=1
      """

  @nodes-2
  Scenario: A node that joins the cluster gets a pod
    Given daemonset "agent" of image "agent:1"
    Then daemonset "agent" has 2 pods
    When a node "node-3" joins the cluster
    Then daemonset "agent" has a pod on node "node-3"
    And daemonset "agent" runs one pod on every node
    When I run "kubectl get ds agent"
    Then the output is:
      """
      NAME    DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
      agent   3         3         3       3            3           <none>          2s
      """

  @nodes-3
  Scenario: A nodeSelector picks the nodes; labelling one more node adds a pod there
    Given node "node-2" is labelled "disk=ssd"
    And daemonset "ssd-monitor" of image "monitor:1" on nodes labelled "disk=ssd"
    Then daemonset "ssd-monitor" has 1 pod
    And daemonset "ssd-monitor" has a pod on node "node-2"
    When node "node-3" is labelled "disk=ssd"
    Then daemonset "ssd-monitor" has 2 pods
    And daemonset "ssd-monitor" has a pod on node "node-3"
    When I run "kubectl get ds"
    Then the output is:
      """
      NAME          DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
      ssd-monitor   2         2         2       2            2           disk=ssd        2s
      """

  @nodes-3
  Scenario: A taint keeps daemon pods off a node, a cordon does not
    Given node "node-3" is tainted "dedicated=gpu:NoSchedule"
    And I run "kubectl cordon node-2"
    And daemonset "agent" of image "agent:1"
    Then daemonset "agent" has 2 pods
    And daemonset "agent" has a pod on node "node-2"
    And daemonset "agent" has no pod on node "node-3"
