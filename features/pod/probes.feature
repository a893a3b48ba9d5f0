Feature: Liveness, readiness and startup probes
  A failing liveness probe makes the kubelet kill and restart the container. A failing readiness
  probe only marks the pod not ready: no traffic, no restart. While a startup probe has not
  succeeded the other probes do not run, which protects a slow-starting app.

  Scenario: A container whose /healthz starts returning 500 is restarted by its liveness probe
    Given image "k8s.gcr.io/liveness" starts failing its health checks after 10 seconds
    And the following manifest is applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        labels:
          test: liveness
        name: liveness-http
      spec:
        containers:
        - name: liveness
          image: k8s.gcr.io/liveness
          args:
          - /server
          livenessProbe:
            httpGet:
              path: /healthz
              port: 8080
              httpHeaders:
              - name: Custom-Header
                value: Awesome
            initialDelaySeconds: 3
            periodSeconds: 3
      """
    When 17 seconds pass
    Then pod "liveness-http" has restarted 0 times
    When 2 seconds pass
    Then pod "liveness-http" has restarted 1 time
    When I run "kubectl get events --field-selector involvedObject.name=liveness-http"
    Then the output contains "Liveness probe failed: HTTP probe failed with statuscode: 500"
    And the output contains "Container liveness failed liveness probe, will be restarted"

  Scenario: A pod that is not ready gets no traffic but is not restarted
    Given image "app:never" never becomes ready
    And the following manifest is applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: never-ready
      spec:
        containers:
        - name: app
          image: app:never
          readinessProbe:
            httpGet:
              path: /
              port: 8080
            periodSeconds: 5
      """
    When 5 minutes pass
    Then pod "never-ready" is not ready
    And pod "never-ready" has restarted 0 times

  Scenario: Without a startup probe, a slow starter is killed over and over by its liveness probe
    Given image "slow:1" needs 60 seconds before it answers
    And the following manifest is applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: slow
      spec:
        containers:
        - name: app
          image: slow:1
          livenessProbe:
            httpGet:
              path: /healthz
              port: 8080
            periodSeconds: 5
      """
    When 2 minutes pass
    Then pod "slow" has restarted at least 2 times

  Scenario: A startup probe protects the slow starter
    Given image "slow:1" needs 60 seconds before it answers
    And the following manifest is applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: slow
      spec:
        containers:
        - name: app
          image: slow:1
          startupProbe:
            httpGet:
              path: /healthz
              port: 8080
            periodSeconds: 10
            failureThreshold: 30
          livenessProbe:
            httpGet:
              path: /healthz
              port: 8080
            periodSeconds: 5
      """
    When 2 minutes pass
    Then pod "slow" is ready
    And pod "slow" has restarted 0 times
