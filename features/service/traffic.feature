Feature: Traffic through a Service during a rollout
  A client sends requests to a Service; each goes to one of the Service's ready endpoints at that
  instant. A request fails when there is no ready endpoint, or when the pod behind the address
  does not answer: it is terminating, its container is not running, or the process does not
  listen yet. Readiness probes are what keeps a pod out of the endpoints until it answers.

  Scenario: RollingUpdate with a readiness probe drops no request, even for a slow-booting app
    Given image "shop:v2" needs 10 seconds before it answers
    And deployment "shop" with 3 replicas of image "shop:v1" and a readiness probe
    And a service "shop" in front of deployment "shop"
    When the image changes to "shop:v2"
    And a client sends 1000 requests to service "shop" during the rollout
    Then no request fails

  Scenario: Recreate drops every request between the old pods going and the new ones being ready
    Given deployment "shop" with 3 replicas of image "shop:v1" and the Recreate strategy
    And a service "shop" in front of deployment "shop"
    When the image changes to "shop:v2"
    And a client sends 1000 requests to service "shop" during the rollout
    Then at least 500 requests fail
    And every failed request found no endpoint

  Scenario: Without a readiness probe a pod is in the endpoints before its app listens
    Given image "shop:v2" needs 10 seconds before it answers
    And deployment "shop" with 3 replicas of image "shop:v1"
    And a service "shop" in front of deployment "shop"
    When the image changes to "shop:v2"
    And a client sends 1000 requests to service "shop" during the rollout
    Then some requests fail
    And every failed request reached a pod that was not listening yet

  Scenario: A steady client keeps being served while nothing changes
    Given deployment "shop" with 3 replicas of image "shop:v1"
    And a service "shop" in front of deployment "shop"
    When a client sends 10 requests per second to service "shop" for 1 minute
    Then no request fails
    And at least 600 requests succeed

  Scenario: A steady client sees the Recreate gap: SIGTERM, exit, then the new pods start
    Given deployment "shop" with 3 replicas of image "shop:v1" and the Recreate strategy
    And a service "shop" in front of deployment "shop"
    When the image changes to "shop:v2"
    And a client sends 10 requests per second to service "shop" for 30 seconds
    Then at least 20 requests fail
    And at most 20 requests fail
    And at least 280 requests succeed
    And every failed request found no endpoint
