Feature: Scaling a Deployment
  A Deployment keeps the number of pods its replicas field asks for. Scaling changes that number,
  either by editing the manifest and applying it again or with `kubectl scale`. Scaling never
  creates a new revision.

  Scenario: Scale from 3 to 10 by editing the manifest and applying it again
    Given I run "kubectl apply -f features/manifests/web-deploy.yaml"
    And the output is:
      """
      deployment.apps/web-deploy created
      """
    And I run "kubectl rollout status deployment web-deploy"
    When I run "kubectl apply -f features/manifests/web-deploy-replicas-10.yaml"
    Then the output is:
      """
      deployment.apps/web-deploy configured
      """
    And deployment "web-deploy" has 10 available replicas
    And deployment "web-deploy" has 10 running pods
    And the rollout history shows revisions 1

  Scenario: Scale with kubectl scale
    Given deployment "web-deploy" with 3 replicas of image "nginx:1.25"
    When I run "kubectl scale deployment web-deploy --replicas=10"
    Then the output is:
      """
      deployment.apps/web-deploy scaled
      """
    And deployment "web-deploy" has 10 available replicas
    And deployment "web-deploy" has 1 ReplicaSet
    And the rollout history shows revisions 1

  Scenario: Scale down removes the surplus pods
    Given deployment "web" with 5 replicas of image "nginx:1.25"
    When the deployment is scaled to 2 replicas
    And 1 minute passes
    Then deployment "web" has 2 running pods
    And deployment "web" has 2 available replicas

  Scenario: Applying the same manifest twice changes nothing
    Given I run "kubectl apply -f features/manifests/web-deploy.yaml"
    When I run "kubectl apply -f features/manifests/web-deploy.yaml"
    Then the output is:
      """
      deployment.apps/web-deploy unchanged
      """
