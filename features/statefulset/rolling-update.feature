Feature: Updating a StatefulSet: reverse ordinal order, partitions, OnDelete
  With the RollingUpdate strategy a template change replaces the pods from the highest ordinal
  down, one at a time: the next pod is deleted only when the re-created one is Running and Ready.
  A partition keeps every ordinal below it at the old revision (a canary). Each template is a
  ControllerRevision; pods carry its name in their controller-revision-hash label. With OnDelete
  nothing changes until a pod is deleted by hand; the pod comes back with the new template.

  Scenario: A new image rolls out from web-2 down to web-0, one pod at a time
    Given statefulset "web" with 3 replicas of image "nginx:1.25"
    When the image of statefulset "web" changes to "nginx:1.26"
    Then statefulset "web" updated its pods in the order "web-2, web-1, web-0"
    And statefulset "web" deleted its pods in the order "web-2, web-1, web-0"
    And at most 1 pod of statefulset "web" is down at any time
    And pod "web-0" runs image "nginx:1.26"
    And statefulset "web" has 3 updated replicas
    And statefulset "web" has 2 controller revisions

  Scenario: kubectl rollout status follows the update
    Given statefulset "web" with 3 replicas of image "nginx:1.25"
    When I run:
      """
      kubectl set image statefulset/web nginx=nginx:1.26
      kubectl rollout status statefulset/web
      """
    Then the output is:
      """
      statefulset.apps/web image updated
      Waiting for partitioned roll out to finish: 0 out of 3 new pods have been updated...
      Waiting for 1 pods to be ready...
      Waiting for partitioned roll out to finish: 1 out of 3 new pods have been updated...
      Waiting for 1 pods to be ready...
      Waiting for partitioned roll out to finish: 2 out of 3 new pods have been updated...
      Waiting for 1 pods to be ready...
      partitioned roll out complete: 3 new pods have been updated...
      """
    When I run "kubectl rollout history statefulset/web"
    Then the output is:
      """
      statefulset.apps/web 
      REVISION  CHANGE-CAUSE
      1         <none>
      2         <none>

      """

  Scenario: A partition updates only the ordinals at or above it
    Given statefulset "web" with 3 replicas of image "nginx:1.25"
    And the partition of statefulset "web" is set to 2
    When the image of statefulset "web" changes to "nginx:1.26"
    Then statefulset "web" updated its pods in the order "web-2"
    And pod "web-2" runs image "nginx:1.26"
    And pod "web-1" runs image "nginx:1.25"
    And pod "web-0" runs image "nginx:1.25"
    And statefulset "web" has 1 updated replica
    When pod "web-0" is deleted
    Then pod "web-0" comes back with the same name
    And pod "web-0" runs image "nginx:1.25"
    When the partition of statefulset "web" is set to 0
    Then statefulset "web" updated its pods in the order "web-1, web-0"
    And pod "web-0" runs image "nginx:1.26"

  Scenario: OnDelete replaces a pod only when it is deleted
    Given statefulset "web" with 3 replicas of image "nginx:1.25" and the OnDelete update strategy
    When the image of statefulset "web" changes to "nginx:1.26"
    And 5 minutes pass
    Then pod "web-2" runs image "nginx:1.25"
    And statefulset "web" has 0 updated replicas
    When pod "web-1" is deleted
    Then pod "web-1" comes back with the same name
    And pod "web-1" runs image "nginx:1.26"
    And pod "web-2" runs image "nginx:1.25"
    When I run "kubectl rollout status sts web"
    Then the command fails with:
      """
      error: rollout status is only available for RollingUpdate strategy type
      """

  Scenario: Rolling back goes to the previous ControllerRevision
    Given statefulset "web" with 2 replicas of image "nginx:1.25"
    When the image of statefulset "web" changes to "nginx:1.26"
    And statefulset "web" is rolled out
    And I run "kubectl rollout undo sts web"
    Then the output is:
      """
      statefulset.apps/web rolled back
      """
    And pod "web-0" runs image "nginx:1.25"
    When I run "kubectl rollout history sts web"
    Then the output is:
      """
      statefulset.apps/web 
      REVISION  CHANGE-CAUSE
      2         <none>
      3         <none>

      """
