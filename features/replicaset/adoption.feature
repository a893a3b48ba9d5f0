Feature: A ReplicaSet adopts and releases pods by their labels
  A ReplicaSet owns every pod its selector matches: a matching pod without an owner is adopted
  (so fewer new pods are created), and a pod whose labels stop matching is released and replaced.
  Deleting a pod of a ReplicaSet makes it create a new one.

  Background:
    Given the following manifest is applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: lonely
        labels:
          app: kubia
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:v1
      """

  Scenario: An orphan pod that matches is adopted
    When I apply the following manifest:
      """
      apiVersion: apps/v1
      kind: ReplicaSet
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
              app: kubia
          spec:
            containers:
            - name: kubia
              image: luksa/kubia:v1
      """
    And 10 seconds pass
    And I run "kubectl get rs kubia"
    Then the output is:
      """
      NAME    DESIRED   CURRENT   READY   AGE
      kubia   3         3         3       10s
      """
    When I run "kubectl get pod lonely -o jsonpath={.metadata.ownerReferences[0].name}"
    Then the output is:
      """
      kubia
      """

  Scenario: A pod relabelled out of the selector is released and replaced
    Given I apply the following manifest:
      """
      apiVersion: apps/v1
      kind: ReplicaSet
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
              app: kubia
          spec:
            containers:
            - name: kubia
              image: luksa/kubia:v1
      """
    And 10 seconds pass
    When I run "kubectl label pod lonely app=debug --overwrite"
    And 10 seconds pass
    And I run "kubectl get pods -l app=kubia --no-headers -o name"
    Then the output contains "pod/kubia-"
    When I run "kubectl get pods --no-headers"
    Then the output contains "lonely"
    When I run "kubectl get rs kubia"
    Then the output contains "kubia   3         3         3"
