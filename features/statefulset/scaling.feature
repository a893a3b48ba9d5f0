Feature: Scaling a StatefulSet: up in order, down in reverse
  Scaling up adds the next ordinals one at a time, each after the previous one is Running and
  Ready. Scaling down removes the highest ordinal first and waits until it is completely gone
  before touching the next one (OrderedReady), and only while the remaining pods are healthy.

  Scenario: Scaling up 3→5 adds web-3 then web-4
    Given statefulset "web" with 3 replicas of image "nginx:1.25"
    When statefulset "web" is scaled to 5 replicas
    Then statefulset "web" created its pods in the order "web-3, web-4"
    And each pod was created only after the previous one was Running and Ready
    And the pods of statefulset "web" are "web-0, web-1, web-2, web-3, web-4"

  Scenario: Scaling down 5→2 removes web-4, web-3, web-2, one after the other
    Given statefulset "web" with 5 replicas of image "nginx:1.25"
    When statefulset "web" is scaled to 2 replicas
    Then statefulset "web" deleted its pods in the order "web-4, web-3, web-2"
    And each pod was deleted only after the higher ones were gone
    And the pods of statefulset "web" are "web-0, web-1"
    And statefulset "web" has 2 ready replicas

  Scenario: Scale-down waits for each pod to be gone
    Given image "slow-stop:1" ignores SIGTERM
    And statefulset "web" with 3 replicas of image "slow-stop:1"
    When I run "kubectl scale sts web --replicas=1"
    Then the output is:
      """
      statefulset.apps/web scaled
      """
    When 10 seconds pass
    And I run "kubectl get pods"
    Then the output is:
      """
      NAME    READY   STATUS        RESTARTS   AGE
      web-0   1/1     Running       0          13s
      web-1   1/1     Running       0          12s
      web-2   1/1     Terminating   0          11s
      """
    When 25 seconds pass
    And I run "kubectl get pods"
    Then the output is:
      """
      NAME    READY   STATUS        RESTARTS   AGE
      web-0   1/1     Running       0          38s
      web-1   1/1     Terminating   0          37s
      """

  Scenario: kubectl rollout status waits for the pods to be ready
    Given statefulset "web" with 1 replica of image "nginx:1.25"
    When I run:
      """
      kubectl scale sts web --replicas=3
      kubectl rollout status sts web
      """
    Then the output is:
      """
      statefulset.apps/web scaled
      Waiting for 2 pods to be ready...
      Waiting for 1 pods to be ready...
      partitioned roll out complete: 3 new pods have been updated...
      """
