Feature: Endpoints follow readiness
  A Service sends traffic only to the pods listed as ready in its Endpoints. The endpoints
  controller lists every selected pod that has an IP: a Ready pod under `addresses`, the others
  under `notReadyAddresses`. A pod that is being deleted leaves at once, even while its container
  is still shutting down; `publishNotReadyAddresses: true` keeps every pod listed as ready.

  Scenario: Pods whose readiness probe starts failing leave the endpoints but keep running
    Given image "shop:v1" starts failing its health checks after 1 minute
    And deployment "shop" with 3 replicas of image "shop:v1" and a readiness probe
    And a service "shop" in front of deployment "shop"
    Then service "shop" has 3 ready endpoints
    When I run "kubectl get endpoints shop"
    Then the output is:
      """
      NAME   ENDPOINTS                                         AGE
      shop   10.244.0.2:8080,10.244.0.3:8080,10.244.0.4:8080   0s
      """
    When 2 minutes pass
    Then service "shop" has 0 ready endpoints
    And service "shop" has 3 not-ready endpoints
    And deployment "shop" now has 0 available replicas
    When I run "kubectl get endpoints shop"
    Then the output is:
      """
      NAME   ENDPOINTS   AGE
      shop               2m
      """

  Scenario: A deleted pod leaves the endpoints at once, before its container has stopped
    Given deployment "web" with 3 replicas of image "nginx:1.25"
    And image "nginx:1.25" ignores SIGTERM
    And a service "web" in front of deployment "web"
    When a pod of deployment "web" starts terminating
    Then service "web" has 2 ready endpoints
    And 1 pod of deployment "web" is terminating on node "minikube"
    When 5 seconds pass
    Then service "web" has 3 ready endpoints
    And the endpoints of service "web" are the ready pods of deployment "web"

  Scenario: A pod that never becomes ready is listed as not ready
    Given deployment "web" with 2 replicas of image "nginx:1.25" and a readiness probe
    And a service "web" in front of deployment "web"
    And image "nginx:broken" never becomes ready
    When the image changes to "nginx:broken"
    And 1 minute passes
    Then service "web" has 2 ready endpoints
    And service "web" has 1 not-ready endpoint
    And the endpoints of service "web" are the ready pods of deployment "web"

  Scenario: publishNotReadyAddresses lists pods before they are ready
    Given image "db:1" never becomes ready
    When I apply the following manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: db
      spec:
        replicas: 2
        selector:
          matchLabels:
            app: db
        template:
          metadata:
            labels:
              app: db
          spec:
            containers:
            - name: db
              image: db:1
              readinessProbe:
                tcpSocket:
                  port: 5432
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: db
      spec:
        clusterIP: None
        publishNotReadyAddresses: true
        selector:
          app: db
        ports:
        - port: 5432
      """
    And 30 seconds pass
    Then deployment "db" now has 0 available replicas
    And service "db" has 2 ready endpoints
    And service "db" has 0 not-ready endpoints
