Feature: revisionHistoryLimit and proportional scaling
  Old ReplicaSets beyond revisionHistoryLimit are deleted once a rollout completes. Scaling a
  Deployment in the middle of a rollout spreads the new replicas over the old and new ReplicaSets
  in proportion to their sizes.

  Scenario: Only revisionHistoryLimit old ReplicaSets are kept
    Given the following manifest is applied:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 2
        revisionHistoryLimit: 2
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
            - name: nginx
              image: nginx:1.21
      """
    When I run:
      """
      kubectl set image deployment/web nginx=nginx:1.22
      kubectl rollout status deployment/web
      kubectl set image deployment/web nginx=nginx:1.23
      kubectl rollout status deployment/web
      kubectl set image deployment/web nginx=nginx:1.24
      kubectl rollout status deployment/web
      kubectl set image deployment/web nginx=nginx:1.25
      kubectl rollout status deployment/web
      """
    And 1 minute passes
    Then the rollout history shows revisions 3, 4, 5
    And deployment "web" has 3 ReplicaSets
    When I run "kubectl rollout undo deployment web --to-revision=1"
    Then the command fails with:
      """
      error: unable to find specified revision 1 in history
      """

  Scenario: Scaling mid-rollout is proportional (the upstream e2e example)
    Given image "nginx:broken" never becomes ready
    And the following manifest is applied:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 10
        strategy:
          rollingUpdate:
            maxSurge: 3
            maxUnavailable: 2
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
            - name: nginx
              image: nginx:1.25
              readinessProbe:
                httpGet:
                  path: /
                  port: 80
                periodSeconds: 1
      """
    When the image changes to "nginx:broken"
    And 1 minute passes
    Then the old ReplicaSet has 8 replicas and the new one 5
    When the deployment is scaled to 30 replicas
    And 1 minute passes
    Then the old ReplicaSet has 20 replicas and the new one 13
