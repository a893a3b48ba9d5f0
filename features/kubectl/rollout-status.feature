Feature: rollout status waits, as kubectl does
  The waiting lines of rollout status (T003-09, T004-18, T004-19): one line each time the Deployment
  changes, until it is rolled out, fails its progress deadline, or --timeout passes.

  Scenario: A rolling update, line by line
    Given I run "kubectl create deployment web --image=nginx:1.25 --replicas=4"
    And I run "kubectl rollout status deployment web"
    When I run "kubectl set image deployment web nginx=nginx:1.26"
    Then the output is:
      """
      deployment.apps/web image updated
      """
    When I run "kubectl rollout status deployment web"
    Then the output is:
      """
      Waiting for deployment "web" rollout to finish: 2 out of 4 new replicas have been updated...
      Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
      deployment "web" successfully rolled out
      """

  Scenario: A readiness probe blocks the broken v3 until the progress deadline
    Given image "luksa/kubia:v3" fails every request from the 5th on
    And I run "kubectl apply -f features/manifests/kubia-deployment-v1.yaml"
    And I run "kubectl rollout status deployment kubia"
    When I run "kubectl apply -f features/manifests/kubia-v3-readiness.yaml"
    Then the output is:
      """
      deployment.apps/kubia configured
      """
    When I run "kubectl rollout status deploy kubia --timeout=1m"
    Then the command fails with:
      """
      error: timed out waiting for the condition
      """
    When I run "kubectl get po"
    Then the output is:
      """
      NAME                     READY   STATUS    RESTARTS   AGE
      kubia-5ff5454c-8c8pl     0/1     Running   0          60s
      kubia-7cdfc888c4-htnjq   1/1     Running   0          61s
      kubia-7cdfc888c4-nnwks   1/1     Running   0          61s
      kubia-7cdfc888c4-t5qwn   1/1     Running   0          61s
      """
    When I run "kubectl rollout status deploy kubia"
    Then the command fails with:
      """
      error: deployment "kubia" exceeded its progress deadline
      """
    When I run "kubectl describe deploy kubia"
    Then the output is:
      """
      Name:                   kubia
      Namespace:              default
      CreationTimestamp:      Thu, 01 Jan 2026 00:00:00 +0000
      Labels:                 <none>
      Annotations:            deployment.kubernetes.io/revision: 2
      Selector:               app=kubia
      Replicas:               3 desired | 1 updated | 4 total | 3 available | 1 unavailable
      StrategyType:           RollingUpdate
      MinReadySeconds:        10
      RollingUpdateStrategy:  0 max unavailable, 1 max surge
      Pod Template:
        Labels:  app=kubia
        Containers:
         nodejs:
          Image:         luksa/kubia:v3
          Port:          <none>
          Host Port:     <none>
          Readiness:     http-get http://:8080/ delay=0s timeout=1s period=1s #success=1 #failure=3
          Environment:   <none>
          Mounts:        <none>
        Volumes:         <none>
        Node-Selectors:  <none>
        Tolerations:     <none>
      Conditions:
        Type           Status  Reason
        ----           ------  ------
        Available      True    MinimumReplicasAvailable
        Progressing    False   ProgressDeadlineExceeded
      OldReplicaSets:  kubia-7cdfc888c4 (3/3 replicas created)
      NewReplicaSet:   kubia-5ff5454c (1/1 replicas created)
      Events:
        Type    Reason             Age   From                   Message
        ----    ------             ----  ----                   -------
        Normal  ScalingReplicaSet  10m   deployment-controller  Scaled up replica set kubia-7cdfc888c4 from 0 to 3
        Normal  ScalingReplicaSet  10m   deployment-controller  Scaled up replica set kubia-5ff5454c from 0 to 1
      """
    When I run "kubectl rollout undo deployment kubia"
    Then the output is:
      """
      deployment.apps/kubia rolled back
      """
    When I run "kubectl rollout status deploy kubia"
    Then the output is:
      """
      deployment "kubia" successfully rolled out
      """

  Scenario: Without watching, the current state is printed once
    Given I run "kubectl create deployment web --image=nginx:1.25 --replicas=3"
    When I run "kubectl rollout status deployment web --watch=false"
    Then the output is:
      """
      Waiting for deployment spec update to be observed...
      """
    When 5s pass
    And I run "kubectl rollout status deployment web --watch=false"
    Then the output is:
      """
      deployment "web" successfully rolled out
      """
    When I run "kubectl rollout status deployment web --revision=2"
    Then the command fails with:
      """
      error: desired revision (2) is different from the running revision (1)
      """
