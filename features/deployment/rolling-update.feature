Feature: Rolling update arithmetic
  With the RollingUpdate strategy a Deployment replaces pods a few at a time. maxSurge (rounded
  up) bounds how many pods may exist above the desired count; maxUnavailable (rounded down) bounds
  how many may be unavailable. The default is 25% for both.

  Scenario: 10 replicas at 25%/25% keep at least 8 pods available and at most 13
    Given deployment "web-deploy" with 10 replicas of image "nginx:1.25"
    When the image changes to "nginx:1.26"
    Then at least 8 pods stay available throughout the rollout
    And at most 13 pods exist at any time
    And the old ReplicaSet goes 10→8→3→0 and the new one 0→3→5→10
    And every pod of deployment "web-deploy" runs image "nginx:1.26"
    And the rollout history shows revisions 1, 2

  Scenario: 4 replicas at 25%/25% keep at least 3 available and at most 5
    Given deployment "web" with 4 replicas of image "nginx:1.25"
    When the image changes to "nginx:1.26"
    Then at least 3 pods stay available throughout the rollout
    And at most 5 pods exist at any time

  Scenario: 3 replicas at the default 25%/25% replace one pod at a time
    Given deployment "kubia" with 3 replicas of image "luksa/kubia:v1"
    When the image changes to "luksa/kubia:v2"
    Then at least 3 pods stay available throughout the rollout
    And at most 4 pods exist at any time
    And the old ReplicaSet goes 3→2→1→0 and the new one 0→1→2→3

  Scenario: maxSurge 1 and maxUnavailable 1 on 3 replicas
    Given deployment "myapp-deploy" with 3 replicas of image "ghcr.io/c1t1d0s7/go-myweb:v1.0", maxSurge 1 and maxUnavailable 1
    When the image changes to "ghcr.io/c1t1d0s7/go-myweb:v2.0"
    Then at least 2 pods stay available throughout the rollout
    And at most 4 pods exist at any time
    And the old ReplicaSet goes 3→2→0 and the new one 0→1→2→3

  Scenario: maxSurge 1 and maxUnavailable 0 keep every replica available
    Given deployment "kubia" with 3 replicas of image "luksa/kubia:v1", maxSurge 1 and maxUnavailable 0
    When the image changes to "luksa/kubia:v2"
    Then at least 3 pods stay available throughout the rollout
    And at most 4 pods exist at any time
    And the old ReplicaSet goes 3→2→1→0 and the new one 0→1→2→3

  Scenario: Terminating pods are not counted, so pod objects can exceed the surge
    Given deployment "web" with 10 replicas of image "nginx:1.25"
    And image "nginx:1.25" ignores SIGTERM
    When the image changes to "nginx:1.26"
    Then at most 13 pods exist at any time
    But at most 20 pod objects exist at any time, terminating ones included

  Scenario: rollout status follows the rollout to the end
    Given deployment "kubia" with 3 replicas of image "luksa/kubia:v1"
    When I run "kubectl set image deployment kubia kubia=luksa/kubia:v2"
    And I run "kubectl rollout status deployment kubia"
    Then the output is:
      """
      Waiting for deployment "kubia" rollout to finish: 1 out of 3 new replicas have been updated...
      Waiting for deployment "kubia" rollout to finish: 2 out of 3 new replicas have been updated...
      Waiting for deployment "kubia" rollout to finish: 1 old replicas are pending termination...
      deployment "kubia" successfully rolled out
      """
