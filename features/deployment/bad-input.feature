Feature: Invalid manifests are rejected with the API server's words
  A manifest that is not valid YAML, or a Deployment the API server would refuse, fails with the
  message kubectl would print, and the cluster is left exactly as it was.

  Background:
    Given deployment "web" with 2 replicas of image "nginx:1.25"

  Scenario: The selector must match the template labels
    When I try to apply the following manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: kubia
      spec:
        replicas: 3
        selector:
          matchLabels:
            app: kubia
        template:
          metadata:
            labels:
              app: kubia2
          spec:
            containers:
            - name: nodejs
              image: luksa/kubia:v1
      """
    Then the command fails with:
      """
      The Deployment "kubia" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"kubia2"}: `selector` does not match template `labels`
      """
    And the cluster is unchanged

  Scenario: maxSurge and maxUnavailable may not both be zero
    When I try to apply the following manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 2
        strategy:
          rollingUpdate:
            maxSurge: 0
            maxUnavailable: 0
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
              image: nginx:1.26
      """
    Then the command fails with:
      """
      The Deployment "web" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:""}: may not be 0 when `maxSurge` is 0
      """
    And the cluster is unchanged
    And every pod of deployment "web" runs image "nginx:1.25"

  Scenario: A missing selector gives two causes
    When I try to apply the following manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: kubia
      spec:
        replicas: 3
        template:
          metadata:
            labels:
              app: kubia
          spec:
            containers:
            - name: nodejs
              image: luksa/kubia:v1
      """
    Then the command fails with:
      """
      The Deployment "kubia" is invalid: 
      * spec.selector: Required value
      * spec.template.metadata.labels: Invalid value: map[string]string{"app":"kubia"}: `selector` does not match template `labels`
      """
    And the cluster is unchanged

  Scenario: Broken YAML says where
    When I try to apply the following manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: broken
          labels: oops
      """
    Then the command fails with:
      """
      error: error parsing STDIN: error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context
      """
    And the cluster is unchanged

  Scenario: An unknown kind
    When I try to apply the following manifest:
      """
      apiVersion: apps/v1
      kind: Deploymnet
      metadata:
        name: web
      """
    Then the command fails with:
      """
      error: resource mapping not found for name: "web" namespace: "" from "STDIN": no matches for kind "Deploymnet" in version "apps/v1"
      ensure CRDs are installed first
      """
    And the cluster is unchanged

  Scenario: Negative replicas and a deadline not above minReadySeconds
    When I try to apply the following manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: -1
        minReadySeconds: 30
        progressDeadlineSeconds: 30
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
              image: nginx:1.26
      """
    Then the command fails with:
      """
      The Deployment "web" is invalid: 
      * spec.replicas: Invalid value: -1: must be greater than or equal to 0
      * spec.progressDeadlineSeconds: Invalid value: 30: must be greater than minReadySeconds
      """
    And the cluster is unchanged
