Feature: minReadySeconds, readiness probes and the progress deadline
  A new pod counts as available only after it has been ready for minReadySeconds. A readiness
  probe that starts failing before then keeps the pod from ever counting, so with maxUnavailable 0
  the rollout stops after the first new pod. After progressDeadlineSeconds (600 by default)
  without progress the Deployment reports ProgressDeadlineExceeded; nothing is rolled back.

  Background:
    Given the following manifest is applied:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: kubia
      spec:
        replicas: 3
        minReadySeconds: 10
        selector:
          matchLabels:
            app: kubia
        strategy:
          rollingUpdate:
            maxSurge: 1
            maxUnavailable: 0
          type: RollingUpdate
        template:
          metadata:
            labels:
              app: kubia
          spec:
            containers:
            - image: luksa/kubia:v2
              name: nodejs
              readinessProbe:
                periodSeconds: 1
                httpGet:
                  path: /
                  port: 8080
      """

  Scenario: minReadySeconds slows a healthy rollout down
    When the image changes to "luksa/kubia:v4"
    Then the rollout takes at least 30 seconds
    And at least 3 pods stay available throughout the rollout
    And at most 4 pods exist at any time

  Scenario: A version that fails from the 5th request is blocked after one new pod
    Given image "luksa/kubia:v3" fails every request from the 5th on
    When I run "kubectl apply -f features/manifests/kubia-v3-readiness.yaml"
    And 2 minutes pass
    And I run "kubectl get pods"
    Then the output contains "0/1     Running"
    And the rollout stalls at 3 old and 1 new pod
    And the deployment condition Progressing is False with reason ProgressDeadlineExceeded
    And deployment "kubia" has 3 available replicas

  Scenario: rollout status reports the exceeded deadline
    Given image "luksa/kubia:v3" fails every request from the 5th on
    When I run "kubectl apply -f features/manifests/kubia-v3-readiness.yaml"
    And I run "kubectl rollout status deploy kubia"
    Then the command fails with:
      """
      error: deployment "kubia" exceeded its progress deadline
      """
    And the output contains 'Waiting for deployment "kubia" rollout to finish: 1 out of 3 new replicas have been updated...'

  Scenario: Exceeding the deadline rolls nothing back; undo does
    Given image "luksa/kubia:v3" fails every request from the 5th on
    When I run "kubectl apply -f features/manifests/kubia-v3-readiness.yaml"
    And 11 minutes pass
    Then the deployment condition Progressing is False with reason ProgressDeadlineExceeded
    And deployment "kubia" has 1 updated replica
    When I run "kubectl rollout undo deployment kubia"
    Then the output is:
      """
      deployment.apps/kubia rolled back
      """
    And the deployment condition Progressing is True with reason NewReplicaSetAvailable
    And every pod of deployment "kubia" runs image "luksa/kubia:v2"
    And deployment "kubia" has 3 available replicas
