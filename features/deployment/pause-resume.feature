Feature: Pausing a rollout as a canary
  Pausing right after changing the image leaves the first new pod running next to the old ones:
  a canary. Nothing progresses while paused (and the progress deadline does not count); resuming
  finishes the rollout. A paused Deployment cannot be rolled back.

  Background:
    Given deployment "kubia" with 3 replicas of image "luksa/kubia:v1", maxSurge 1 and maxUnavailable 0

  Scenario: Pause right after the image change, then resume
    When I run "kubectl set image deployment kubia kubia=luksa/kubia:v4"
    And I run "kubectl rollout pause deployment kubia"
    Then the output is:
      """
      deployment.apps/kubia paused
      """
    When 15 minutes pass
    Then the rollout stalls at 3 old and 1 new pod
    And the deployment condition Progressing is Unknown with reason DeploymentPaused
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
    And every pod of deployment "kubia" runs image "luksa/kubia:v4"
    And the deployment condition Progressing is True with reason NewReplicaSetAvailable

  Scenario: Changes made while paused are rolled out together on resume
    Given the rollout is paused
    When the image changes to "luksa/kubia:v2"
    And 1 minute passes
    Then deployment "kubia" has 0 updated replicas
    And deployment "kubia" has 1 ReplicaSet
    When the rollout is resumed
    Then every pod of deployment "kubia" runs image "luksa/kubia:v2"
    And deployment "kubia" has 2 ReplicaSets

  Scenario: Pausing twice is an error
    Given the rollout is paused
    When I run "kubectl rollout pause deployment kubia"
    Then the command fails with:
      """
      error: deployments.apps "kubia" is already paused
      """
