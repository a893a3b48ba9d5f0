Feature: Requests, limits, LimitRange and ResourceQuota
  A LimitRange gives containers default requests and limits and rejects pods outside its min and
  max. A ResourceQuota caps what a namespace may request; the API server refuses the pod that
  would go over it — for a Deployment, its ReplicaSet reports the failure.

  Scenario: A LimitRange fills in defaults and enforces its maximum
    Given the following manifest is applied:
      """
      apiVersion: v1
      kind: LimitRange
      metadata:
        name: cpu-limits
      spec:
        limits:
        - type: Container
          default:
            cpu: 500m
          defaultRequest:
            cpu: 200m
          max:
            cpu: "1"
      """
    When I apply the following manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: defaulted
      spec:
        containers:
        - name: app
          image: nginx:1.25
      """
    And I run "kubectl get pod defaulted -o jsonpath={.spec.containers[0].resources}"
    Then the output contains "200m"
    When I try to apply the following manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: greedy
      spec:
        containers:
        - name: app
          image: nginx:1.25
          resources:
            limits:
              cpu: "2"
      """
    Then the command fails with:
      """
      Error from server (Forbidden): error when creating "STDIN": pods "greedy" is forbidden: maximum cpu usage per Container is 1, but limit is 2
      """
    And the cluster is unchanged

  Scenario: A ResourceQuota stops the pod that would exceed it
    Given the following manifest is applied:
      """
      apiVersion: v1
      kind: ResourceQuota
      metadata:
        name: compute-quota
      spec:
        hard:
          requests.cpu: "1"
          requests.memory: 1Gi
      """
    When I try to apply the following manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: no-requests
      spec:
        containers:
        - name: nginx
          image: nginx:1.25
      """
    Then the command fails with:
      """
      Error from server (Forbidden): error when creating "STDIN": pods "no-requests" is forbidden: failed quota: compute-quota: must specify requests.cpu for: nginx; requests.memory for: nginx
      """
    When I try to apply the following manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: too-big
      spec:
        containers:
        - name: nginx
          image: nginx:1.25
          resources:
            requests:
              cpu: 1500m
              memory: 512Mi
      """
    Then the command fails with:
      """
      Error from server (Forbidden): error when creating "STDIN": pods "too-big" is forbidden: exceeded quota: compute-quota, requested: requests.cpu=1500m, used: requests.cpu=0, limited: requests.cpu=1
      """

  Scenario: A Deployment over its quota gets only the pods that fit
    Given the following manifest is applied:
      """
      apiVersion: v1
      kind: ResourceQuota
      metadata:
        name: pod-count
      spec:
        hard:
          pods: "2"
      """
    When I run "kubectl create deployment web --image=nginx:1.25 --replicas=3"
    And 1 minute passes
    Then deployment "web" has 2 running pods
    And the deployment condition ReplicaFailure is True with reason FailedCreate
