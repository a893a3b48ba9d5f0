Feature: Self-healing at two levels
  A container that exits is restarted in place by the kubelet: same pod, same name, same IP, a
  higher restart count, with back-off between restarts. A pod that is deleted is replaced by the
  ReplicaSet with a new pod: new name, new IP.

  Scenario: A deleted pod is replaced by a new one with a new name and IP
    Given deployment "web" with 3 replicas of image "nginx:1.25"
    When a pod of deployment "web" is deleted
    And 5 seconds pass
    Then a new pod replaces it with a new name and a new IP
    And deployment "web" has 3 available replicas

  Scenario: A crashing container is restarted in place, keeping its IP
    Given image "crashy:1" crashes after 5 seconds
    And deployment "app" with 1 replica of image "crashy:1"
    And the pod of deployment "app" is remembered
    When 2 minutes pass
    Then the pod of deployment "app" has restarted at least 3 times
    And it is still the same pod with the same IP

  Scenario: Restarts back off: immediately, then after 10, 20 and 40 seconds
    Given image "crashy:2" crashes at start
    And I run "kubectl create deployment app --image=crashy:2"
    When 1 second passes
    Then the pod of deployment "app" has restarted 1 time
    When 11 seconds pass
    Then the pod of deployment "app" has restarted 2 times
    When 20 seconds pass
    Then the pod of deployment "app" has restarted 3 times
    When 40 seconds pass
    Then the pod of deployment "app" has restarted 4 times

  Scenario: Deleting a deployment removes its ReplicaSets and pods
    Given deployment "web" with 3 replicas of image "nginx:1.25"
    When deployment "web" is deleted
    And 1 minute passes
    Then there are no ReplicaSets left
    And there are no pods left
