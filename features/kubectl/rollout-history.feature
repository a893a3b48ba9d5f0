Feature: Rollout status, history and undo, as printed
  Tutorial 004 (T004-03…11) in its v1.32 form. --record stores the command as the change cause and
  later commands without --record keep it; undo brings back the previous ReplicaSet under a new
  revision number.

  Scenario: Create with --record, watch the rollout, read the history
    When I run "kubectl create -f features/manifests/kubia-deployment-v1.yaml --record"
    Then the output is:
      """
      deployment.apps/kubia created
      """
    When I run "kubectl rollout status deployment kubia"
    Then the output is:
      """
      Waiting for deployment "kubia" rollout to finish: 0 of 3 updated replicas are available...
      deployment "kubia" successfully rolled out
      """
    When I run "kubectl rollout history deployment kubia"
    Then the output is:
      """
      deployment.apps/kubia 
      REVISION  CHANGE-CAUSE
      1         kubectl create --filename=features/manifests/kubia-deployment-v1.yaml --record=true

      """

  Scenario: set image to v2: a second ReplicaSet, the old one kept at 0
    Given I run "kubectl create -f features/manifests/kubia-deployment-v1.yaml --record"
    And I run "kubectl rollout status deployment kubia"
    When 1m pass
    And I run "kubectl set image deployment kubia nodejs=luksa/kubia:v2"
    Then the output is:
      """
      deployment.apps/kubia image updated
      """
    When I run "kubectl rollout status deployment kubia"
    Then the output is:
      """
      Waiting for deployment "kubia" rollout to finish: 1 out of 3 new replicas have been updated...
      Waiting for deployment "kubia" rollout to finish: 2 out of 3 new replicas have been updated...
      Waiting for deployment "kubia" rollout to finish: 1 old replicas are pending termination...
      deployment "kubia" successfully rolled out
      """
    When I run "kubectl get rs"
    Then the output is:
      """
      NAME               DESIRED   CURRENT   READY   AGE
      kubia-7cdfc888c4   0         0         0       64s
      kubia-b59ddbdf     3         3         3       3s
      """
    When I run "kubectl rollout history deployment kubia"
    Then the output is:
      """
      deployment.apps/kubia 
      REVISION  CHANGE-CAUSE
      1         kubectl create --filename=features/manifests/kubia-deployment-v1.yaml --record=true
      2         kubectl create --filename=features/manifests/kubia-deployment-v1.yaml --record=true

      """
    When I run "kubectl rollout history deployment kubia --revision=2"
    Then the output is:
      """
      deployment.apps/kubia with revision #2
      Pod Template:
        Labels:	app=kubia
      	pod-template-hash=b59ddbdf
        Containers:
         nodejs:
          Image:	luksa/kubia:v2
          Port:	<none>
          Host Port:	<none>
          Environment:	<none>
          Mounts:	<none>
        Volumes:	<none>
        Node-Selectors:	<none>
        Tolerations:	<none>

      """

  Scenario: A broken v3 rolls out completely; undo goes back to v2 as revision 4
    Given image "luksa/kubia:v3" fails every request from the 5th on
    And I run "kubectl create -f features/manifests/kubia-deployment-v1.yaml --record"
    And I run "kubectl rollout status deployment kubia"
    When I run "kubectl set image deployment kubia nodejs=luksa/kubia:v2 --record"
    Then the output is:
      """
      deployment.apps/kubia image updated
      """
    Given I run "kubectl rollout status deployment kubia"
    When I run "kubectl set image deployment kubia nodejs=luksa/kubia:v3 --record"
    Then the output is:
      """
      deployment.apps/kubia image updated
      """
    Given I run "kubectl rollout status deployment kubia"
    When I run "kubectl get po"
    Then the output is:
      """
      NAME                     READY   STATUS        RESTARTS   AGE
      kubia-5bb846f976-bkfrd   1/1     Running       0          3s
      kubia-5bb846f976-jjz87   1/1     Running       0          2s
      kubia-5bb846f976-wsdrx   1/1     Running       0          1s
      kubia-b59ddbdf-q2h6w     1/1     Terminating   0          5s
      """
    When I run "kubectl rollout undo deployment kubia"
    Then the output is:
      """
      deployment.apps/kubia rolled back
      """
    When I run "kubectl rollout status deployment kubia"
    Then the output is:
      """
      Waiting for deployment "kubia" rollout to finish: 1 out of 3 new replicas have been updated...
      Waiting for deployment "kubia" rollout to finish: 2 out of 3 new replicas have been updated...
      Waiting for deployment "kubia" rollout to finish: 1 old replicas are pending termination...
      deployment "kubia" successfully rolled out
      """
    When I run "kubectl rollout history deployment kubia"
    Then the output is:
      """
      deployment.apps/kubia 
      REVISION  CHANGE-CAUSE
      1         kubectl create --filename=features/manifests/kubia-deployment-v1.yaml --record=true
      3         kubectl set image deployment kubia nodejs=luksa/kubia:v3 --record=true
      4         kubectl set image deployment kubia nodejs=luksa/kubia:v2 --record=true

      """
    When I run "kubectl rollout undo deployment kubia --to-revision=1"
    Then the output is:
      """
      deployment.apps/kubia rolled back
      """
    When I run "kubectl rollout status deployment kubia"
    Then the output is:
      """
      Waiting for deployment "kubia" rollout to finish: 1 out of 3 new replicas have been updated...
      Waiting for deployment "kubia" rollout to finish: 2 out of 3 new replicas have been updated...
      Waiting for deployment "kubia" rollout to finish: 1 old replicas are pending termination...
      deployment "kubia" successfully rolled out
      """
    When I run "kubectl rollout history deployment kubia"
    Then the output is:
      """
      deployment.apps/kubia 
      REVISION  CHANGE-CAUSE
      3         kubectl set image deployment kubia nodejs=luksa/kubia:v3 --record=true
      4         kubectl set image deployment kubia nodejs=luksa/kubia:v2 --record=true
      5         kubectl create --filename=features/manifests/kubia-deployment-v1.yaml --record=true

      """
    When I run "kubectl rollout undo deployment kubia --to-revision=2"
    Then the command fails with:
      """
      error: unable to find specified revision 2 in history
      """
