Feature: The Recreate strategy
  Recreate scales every old ReplicaSet to zero, waits until all old pods are gone, and only then
  starts the new version: there is a window with no pods at all.

  Scenario: Recreate has a moment with no pods and never mixes versions
    Given deployment "myapp" with 3 replicas of image "ghcr.io/c1t1d0s7/go-myweb:v1.0" and the Recreate strategy
    When the image changes to "ghcr.io/c1t1d0s7/go-myweb:v2.0"
    Then at some point no pods are available
    And old and new pods never run at the same time
    And at most 3 pods exist at any time
    And the old ReplicaSet goes 3→0 and the new one 0→3

  Scenario: Recreate waits for slow-terminating pods before starting the new version
    Given deployment "myapp" with 2 replicas of image "app:v1" and the Recreate strategy
    And image "app:v1" ignores SIGTERM
    When the image changes to "app:v2"
    Then the rollout takes at least 30 seconds
    And old and new pods never run at the same time
