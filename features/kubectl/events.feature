Feature: Kubernetes events are combined, counted and throttled as client-go does
  Controllers and the kubelet record events through client-go's correlator: from the 10th
  similar event about an object (same source, type and reason, another message) within 10
  minutes, one combined event stands for all the rest; identical events add to a count; and a
  source may record a burst of 25 events about one object, then one every 5 minutes. So a
  ReplicaSet of 10 lists nine "Created pod" events and one "(combined from similar events)".

  Scenario: Ten pods: nine events and one combined event
    Given I run "kubectl create deployment web --image=nginx:1.25 --replicas=10"
    When 1m pass
    And I run "kubectl get events --field-selector involvedObject.kind=ReplicaSet -o custom-columns=COUNT:.count,MESSAGE:.message"
    Then the output is:
      """
      COUNT   MESSAGE
      1       Created pod: web-68bf9f694d-nnwks
      1       Created pod: web-68bf9f694d-t5qwn
      1       Created pod: web-68bf9f694d-htnjq
      1       Created pod: web-68bf9f694d-vpfq8
      1       Created pod: web-68bf9f694d-j6nfq
      1       Created pod: web-68bf9f694d-gkx5g
      1       Created pod: web-68bf9f694d-jfsjr
      1       Created pod: web-68bf9f694d-kfrdg
      1       Created pod: web-68bf9f694d-jz87v
      1       (combined from similar events): Created pod: web-68bf9f694d-sdrx2
      """

  Scenario: Thirty pods: the burst of 25 is spent, the count runs on, and the next event after 5 minutes carries it
    Given I run "kubectl create deployment web --image=nginx:1.25 --replicas=30"
    When 1m pass
    And I run "kubectl get events --field-selector involvedObject.kind=ReplicaSet -o custom-columns=COUNT:.count,LAST:.lastTimestamp,MESSAGE:.message"
    Then the output contains "16      2026-01-01T00:00:00Z   (combined from similar events): Created pod: web-68bf9f694d-"
    When 4m pass
    And I run "kubectl scale deployment web --replicas=31"
    And 1m pass
    And I run "kubectl get events --field-selector involvedObject.kind=ReplicaSet -o custom-columns=COUNT:.count,LAST:.lastTimestamp,MESSAGE:.message"
    Then the output contains "22      2026-01-01T00:05:00Z   (combined from similar events): Created pod: web-68bf9f694d-"

  Scenario: Rolling out twice: the tenth scaling event of the deployment is a combined one
    Given I run "kubectl create deployment web --image=nginx:1.25 --replicas=10"
    When 1m pass
    And I run "kubectl set image deployment/web nginx=nginx:1.26"
    And 2m pass
    And I run "kubectl set image deployment/web nginx=nginx:1.27"
    And 2m pass
    And I run "kubectl describe deployment web"
    Then the output contains:
      """
        Normal  ScalingReplicaSet  2m                 deployment-controller  Scaled down replica set web-865f4cf4d9 from 10 to 8
        Normal  ScalingReplicaSet  118s (x4 over 2m)  deployment-controller  (combined from similar events): Scaled down replica set web-865f4cf4d9 from 3 to 0
      """

  Scenario: A crash loop records BackOff at every retry of the pod worker, and after the burst BackOff is what gets through
    Given image "crash:1" crashes at start
    And I run "kubectl create deployment crash --image=crash:1"
    When 10m pass
    And I run "kubectl describe pods"
    Then the output contains:
      """
        Normal   Pulled     8m49s (x5 over 9m59s)   kubelet            Container image "crash:1" already present on machine
        Normal   Created    8m49s (x5 over 9m59s)   kubelet            Created container crash
        Normal   Started    8m49s (x5 over 9m59s)   kubelet            Started container crash
      """
    And the output contains "Warning  BackOff    4m59s (x31 over 9m59s)  kubelet            Back-off restarting failed container crash in pod crash-"
