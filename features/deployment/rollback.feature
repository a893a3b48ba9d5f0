Feature: Revisions, history and rollback
  Every template change creates a ReplicaSet and a revision; scaling does not. The history lives
  in the ReplicaSets. `rollout undo` goes back to the previous revision (or --to-revision), reusing
  the old ReplicaSet, which gets a new, highest revision number.

  Background:
    Given I run "kubectl create -f features/manifests/kubia-deployment-v1.yaml --record"
    And I run "kubectl rollout status deployment kubia"

  Scenario: --record stores the command as the change cause
    When I run "kubectl rollout history deployment kubia"
    Then the output is:
      """
      deployment.apps/kubia 
      REVISION  CHANGE-CAUSE
      1         kubectl create --filename=features/manifests/kubia-deployment-v1.yaml --record=true

      """

  Scenario: Every image change adds a revision; undo renumbers the previous one
    When I run:
      """
      kubectl set image deployment kubia nodejs=luksa/kubia:v2 --record
      kubectl rollout status deployment kubia
      kubectl set image deployment kubia nodejs=luksa/kubia:v3 --record
      kubectl rollout status deployment kubia
      """
    Then the rollout history shows revisions 1, 2, 3
    When I run "kubectl rollout undo deployment kubia"
    Then the output is:
      """
      deployment.apps/kubia rolled back
      """
    And every pod of deployment "kubia" runs image "luksa/kubia:v2"
    And the rollout history shows revisions 1, 3, 4
    And revision 4 has change cause "kubectl set image deployment kubia nodejs=luksa/kubia:v2 --record=true"
    And deployment "kubia" has 3 ReplicaSets

  Scenario: Undo to a given revision, and the errors around it
    Given I run "kubectl set image deployment kubia nodejs=luksa/kubia:v2"
    And I run "kubectl rollout status deployment kubia"
    When I run "kubectl rollout undo deployment kubia --to-revision=2"
    Then the output is:
      """
      deployment.apps/kubia skipped rollback (current template already matches revision 2)
      """
    When I run "kubectl rollout undo deployment kubia --to-revision=9"
    Then the command fails with:
      """
      error: unable to find specified revision 9 in history
      """
    When I roll back to revision 1
    Then every pod of deployment "kubia" runs image "luksa/kubia:v1"
    And the rollout history shows revisions 2, 3

  Scenario: Commands without --record keep the old change cause
    When I run "kubectl set image deployment kubia nodejs=luksa/kubia:v2"
    And the rollout finishes
    Then revision 2 has change cause "kubectl create --filename=features/manifests/kubia-deployment-v1.yaml --record=true"

  Scenario: A deployment with one revision has nothing to undo
    When I run "kubectl rollout undo deployment kubia"
    Then the command fails with:
      """
      error: no rollout history found for deployment "kubia"
      """

  Scenario: Scaling never creates a revision
    When I run "kubectl scale deployment kubia --replicas=5"
    And the rollout finishes
    Then the rollout history shows revisions 1
