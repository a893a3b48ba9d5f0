Feature: Pause and resume, as listed
  Tutorial 004 (T004-15…17): pausing right after set image leaves one new pod next to the three
  old ones (a canary); the listings show it; resume finishes the rollout.

  Scenario: Pause right after the image change, list, then resume
    Given I run "kubectl apply -f features/manifests/kubia-deployment-v1.yaml"
    And I run:
      """
      kubectl patch deployment kubia -p '{"spec":{"minReadySeconds":10,"strategy":{"rollingUpdate":{"maxSurge":1,"maxUnavailable":0}}}}'
      """
    And I run "kubectl rollout status deployment kubia"
    When I run "kubectl set image deployment kubia nodejs=luksa/kubia:v4"
    Then the output is:
      """
      deployment.apps/kubia image updated
      """
    When I run "kubectl rollout pause deployment kubia"
    Then the output is:
      """
      deployment.apps/kubia paused
      """
    When 1m pass
    And I run "kubectl get rs"
    Then the output is:
      """
      NAME               DESIRED   CURRENT   READY   AGE
      kubia-7cdfc888c4   3         3         3       71s
      kubia-85f868856c   1         1         1       60s
      """
    When I run "kubectl get po"
    Then the output is:
      """
      NAME                     READY   STATUS    RESTARTS   AGE
      kubia-7cdfc888c4-htnjq   1/1     Running   0          71s
      kubia-7cdfc888c4-nnwks   1/1     Running   0          71s
      kubia-7cdfc888c4-t5qwn   1/1     Running   0          71s
      kubia-85f868856c-8c8pl   1/1     Running   0          60s
      """
    When I run "kubectl rollout status deployment kubia --watch=false"
    Then the output is:
      """
      Waiting for deployment "kubia" rollout to finish: 1 out of 3 new replicas have been updated...
      """
    When I run "kubectl rollout pause deployment kubia"
    Then the command fails with:
      """
      error: deployments.apps "kubia" is already paused
      """
    When I run "kubectl rollout undo deployment kubia"
    Then the command fails with:
      """
      error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again
      """
    When I run "kubectl rollout resume deployment kubia"
    Then the output is:
      """
      deployment.apps/kubia resumed
      """
    When I run "kubectl rollout status deployment kubia"
    Then the output is:
      """
      Waiting for deployment "kubia" rollout to finish: 2 out of 3 new replicas have been updated...
      Waiting for deployment "kubia" rollout to finish: 1 old replicas are pending termination...
      deployment "kubia" successfully rolled out
      """
    When I run "kubectl get rs"
    Then the output is:
      """
      NAME               DESIRED   CURRENT   READY   AGE
      kubia-7cdfc888c4   0         0         0       93s
      kubia-85f868856c   3         3         3       82s
      """
    When I run "kubectl rollout resume deployment kubia"
    Then the command fails with:
      """
      error: deployments.apps "kubia" is not paused
      """
