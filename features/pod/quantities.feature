Feature: Quantities are stored in canonical form
  The API server decodes every resource quantity (requests and limits, claim and volume sizes,
  LimitRange and ResourceQuota lists, node capacity) into a resource.Quantity and stores it in
  canonical form: no fractional digits, the largest suffix that keeps the value whole, and a
  binary suffix only for whole multiples of 1024. So a claim for 1024Mi is a claim for 1Gi, half
  a cpu is 500m and 1.5Gi of memory is 1536Mi — in `kubectl get`, in `-o yaml` and in `describe`
  alike. kubectl's last-applied-configuration annotation keeps what was written.

  Scenario: A claim for 1024Mi is stored, bound and listed as 1Gi
    When I apply the following manifest:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1024Mi
      """
    And 10 seconds pass
    And I run "kubectl get pvc data"
    Then the output is:
      """
      NAME   STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
      data   Bound    pvc-4267b0a3-2005-4652-a21f-37a357cd3d32   1Gi        RWO            standard       <unset>                 10s
      """
    When I run "kubectl get pvc data -o jsonpath={.spec.resources.requests.storage}"
    Then the output is:
      """
      1Gi
      """
    When I run "kubectl get pv -o jsonpath={.items[0].spec.capacity.storage}"
    Then the output is:
      """
      1Gi
      """

  Scenario: Half a cpu is 500m in -o yaml and in describe
    When I apply the following manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
        - name: web
          image: nginx:1.25
          resources:
            requests:
              cpu: 0.5
              memory: 1024Mi
            limits:
              cpu: "1.5"
              memory: 1.5Gi
      """
    And I run "kubectl get pod web -o jsonpath={.spec.containers[0].resources}"
    Then the output is:
      """
      {"limits":{"cpu":"1500m","memory":"1536Mi"},"requests":{"cpu":"500m","memory":"1Gi"}}
      """
    When I run "kubectl get pod web -o yaml"
    Then the output contains "cpu: 500m"
    And the output contains "memory: 1536Mi"
    When I run "kubectl describe pod web"
    Then the output contains "cpu:     1500m"
    And the output contains "memory:  1536Mi"
    And the output contains "cpu:        500m"
    And the output contains "memory:     1Gi"

  Scenario: A ResourceQuota and its usage are canonical too
    Given the following manifest is applied:
      """
      apiVersion: v1
      kind: ResourceQuota
      metadata:
        name: compute
      spec:
        hard:
          requests.cpu: 2000m
          requests.memory: 2048Mi
          limits.memory: 4096Mi
      """
    When I apply the following manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
        - name: web
          image: nginx:1.25
          resources:
            requests:
              cpu: 0.5
              memory: 1024Mi
            limits:
              memory: 1.5Gi
      """
    And 10 seconds pass
    And I run "kubectl get quota"
    Then the output is:
      """
      NAME      AGE   REQUEST                                          LIMIT
      compute   10s   requests.cpu: 500m/2, requests.memory: 1Gi/2Gi   limits.memory: 1536Mi/4Gi
      """
    When I try to apply the following manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: big
      spec:
        containers:
        - name: big
          image: nginx:1.25
          resources:
            requests:
              cpu: 1.75
              memory: 512Mi
            limits:
              memory: 1024Mi
      """
    Then the command fails with:
      """
      Error from server (Forbidden): error when creating "STDIN": pods "big" is forbidden: exceeded quota: compute, requested: requests.cpu=1750m, used: requests.cpu=500m, limited: requests.cpu=2
      """
