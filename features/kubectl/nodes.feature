Feature: cordon, drain and uncordon
  Tutorial 000 (T000-15, T000-16): which node runs the pod; cordon keeps new pods away, drain evicts
  the pods (kubespec evicts in pod list order and reports them in the order they disappear),
  uncordon makes the node schedulable again.

  @nodes-2
  Scenario: Drain moves the pod to the other node
    Given I run "kubectl create deployment mysql --image=mysql:5.7"
    When 1m pass
    And I run "kubectl get po -o wide"
    Then the output is:
      """
      NAME                     READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
      mysql-5875bffc46-sxxp8   1/1     Running   0          60s   10.244.0.2   node-1   <none>           <none>
      """
    When I run "kubectl get nodes"
    Then the output is:
      """
      NAME     STATUS   ROLES           AGE   VERSION
      node-1   Ready    control-plane   60s   v1.32.0
      node-2   Ready    <none>          60s   v1.32.0
      """
    When I run "kubectl cordon node-1"
    Then the output is:
      """
      node/node-1 cordoned
      """
    When I run "kubectl get nodes"
    Then the output is:
      """
      NAME     STATUS                     ROLES           AGE   VERSION
      node-1   Ready,SchedulingDisabled   control-plane   60s   v1.32.0
      node-2   Ready                      <none>          60s   v1.32.0
      """
    When I run "kubectl cordon node-1"
    Then the output is:
      """
      node/node-1 already cordoned
      """
    When I run "kubectl drain node-1 --ignore-daemonsets"
    Then the output is:
      """
      node/node-1 already cordoned
      evicting pod default/mysql-5875bffc46-sxxp8
      pod/mysql-5875bffc46-sxxp8 evicted
      node/node-1 drained
      """
    When I run "kubectl get po -o wide"
    Then the output is:
      """
      NAME                     READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
      mysql-5875bffc46-nkt7j   1/1     Running   0          1s    10.244.1.2   node-2   <none>           <none>
      """
    When I run "kubectl uncordon node-1"
    Then the output is:
      """
      node/node-1 uncordoned
      """
    When I run "kubectl uncordon node-1"
    Then the output is:
      """
      node/node-1 already uncordoned
      """
    When I run "kubectl get nodes"
    Then the output is:
      """
      NAME     STATUS   ROLES           AGE   VERSION
      node-1   Ready    control-plane   61s   v1.32.0
      node-2   Ready    <none>          61s   v1.32.0
      """

  @nodes-2
  Scenario: Drain refuses unmanaged pods without --force
    Given I run "kubectl apply -f features/manifests/bare-pod.yaml"
    When 10s pass
    And I run "kubectl drain node-1"
    Then the command fails with:
      """
      error: unable to drain node "node-1" due to error: cannot delete cannot delete Pods that declare no controller (use --force to override): default/bare, continuing command...
      There are pending nodes to be drained:
       node-1
      cannot delete cannot delete Pods that declare no controller (use --force to override): default/bare
      """
    And the output contains "node/node-1 cordoned"
    When I run "kubectl get nodes"
    Then the output is:
      """
      NAME     STATUS                     ROLES           AGE   VERSION
      node-1   Ready,SchedulingDisabled   control-plane   10s   v1.32.0
      node-2   Ready                      <none>          10s   v1.32.0
      """
    When I run "kubectl drain node-1 --force"
    Then the output is:
      """
      node/node-1 already cordoned
      evicting pod default/bare
      pod/bare evicted
      node/node-1 drained
      """
    When I run "kubectl get po"
    Then the command succeeds
    And the output contains "No resources found in default namespace."
    When I run "kubectl uncordon node-1"
    Then the output is:
      """
      node/node-1 uncordoned
      """
    When I run "kubectl cordon nosuch"
    Then the command fails with:
      """
      Error from server (NotFound): nodes "nosuch" not found
      """
