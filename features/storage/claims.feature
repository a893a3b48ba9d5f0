Feature: Claims gate their pods, and a claim in use is not deleted under them
  The scheduler's VolumeBinding plugin places no pod whose claim is missing, being deleted, or
  still unbound although its class binds at once: the pod stays Pending with the plugin's reason
  and is placed as soon as the claim is there. The other way round, a claim that pods use keeps
  its kubernetes.io/pvc-protection finalizer when deleted: it stays Terminating until the last pod
  using it is gone, then it goes, and its volume with it (reclaim policy Delete).

  Scenario: A pod whose claim does not exist waits for it
    When I apply the following manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: db
      spec:
        replicas: 1
        selector:
          matchLabels: { app: db }
        template:
          metadata:
            labels: { app: db }
          spec:
            containers:
              - name: mysql
                image: mysql:5.7
                volumeMounts: [{ name: data, mountPath: /var/lib/mysql }]
            volumes:
              - name: data
                persistentVolumeClaim: { claimName: db-data }
      """
    And 1 minute passes
    And I run "kubectl get events --field-selector reason=FailedScheduling"
    Then the output contains '0/1 nodes are available: persistentvolumeclaim "db-data" not found. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.'
    When I apply the following manifest:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: db-data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    Then claim "db-data" is Bound
    And deployment "db" has 1 running pod

  Scenario: A claim whose class does not exist stays unbound, and so does the pod
    When I apply the following manifest:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: fast-data
      spec:
        storageClassName: fast
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: worker
      spec:
        containers:
          - name: app
            image: busybox:1.36
            volumeMounts: [{ name: data, mountPath: /data }]
        volumes:
          - name: data
            persistentVolumeClaim: { claimName: fast-data }
      """
    And 10 seconds pass
    Then claim "fast-data" is Pending
    And the status of pod "worker" is "Pending"
    When I run "kubectl get events"
    Then the output contains 'storageclass.storage.k8s.io "fast" not found'
    And the output contains "0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims."
    When I apply the following manifest:
      """
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: fast
      provisioner: k8s.io/minikube-hostpath
      """
    And 10 seconds pass
    Then claim "fast-data" is Bound
    And the status of pod "worker" is "Running"

  Scenario: A claim in use stays Terminating until its pod is gone
    Given deployment "db" with 1 replica of image "mysql:5.7"
    And the following manifest is applied:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: db-data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: backup
      spec:
        containers:
          - name: app
            image: busybox:1.36
            volumeMounts: [{ name: data, mountPath: /data }]
        volumes:
          - name: data
            persistentVolumeClaim: { claimName: db-data }
      """
    When I run "kubectl delete pvc db-data --wait=false"
    Then the output contains 'persistentvolumeclaim "db-data" deleted'
    And claim "db-data" is Terminating
    When I run "kubectl get pvc db-data -o jsonpath={.metadata.finalizers}"
    Then the output is:
      """
      ["kubernetes.io/pvc-protection"]
      """
    When 10 minutes pass
    Then claim "db-data" is Terminating
    And the status of pod "backup" is "Running"
    When I run "kubectl delete pod backup"
    Then the persistent volume claims are ""
    When I run "kubectl get pv"
    Then the output contains "No resources found"
