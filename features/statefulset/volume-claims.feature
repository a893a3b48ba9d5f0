Feature: StatefulSet storage: one PersistentVolumeClaim per pod, kept when scaling down
  volumeClaimTemplates give every pod its own claim, <template>-<set>-<ordinal>, created before
  the pod and bound to a volume its StorageClass provisions. The claims outlive the pods: scaling
  down keeps them (persistentVolumeClaimRetentionPolicy Retain/Retain by default), scaling up
  again re-attaches them, a re-created pod gets its old claim back, and deleting the
  StatefulSet keeps them too. whenScaled: Delete removes the claims of scaled-down ordinals.

  Scenario: Scaling myapp-sts-vol 2→4→2 leaves 4 claims
    Given I run "kubectl apply -f features/manifests/statefulset/nfs-client-storageclass.yaml"
    When I run "kubectl create -f features/manifests/statefulset/myapp-sts-vol.yaml"
    And statefulset "myapp-sts-vol" is rolled out
    Then there are 2 persistent volume claims, all Bound
    When I run "kubectl get pvc"
    Then the output contains "myapp-data-myapp-sts-vol-0   Bound"
    When statefulset "myapp-sts-vol" is scaled to 4 replicas
    Then the persistent volume claims are "myapp-data-myapp-sts-vol-0, myapp-data-myapp-sts-vol-1, myapp-data-myapp-sts-vol-2, myapp-data-myapp-sts-vol-3"
    When statefulset "myapp-sts-vol" is scaled to 2 replicas
    Then the pods of statefulset "myapp-sts-vol" are "myapp-sts-vol-0, myapp-sts-vol-1"
    And there are 4 persistent volume claims, all Bound
    When statefulset "myapp-sts-vol" is scaled to 3 replicas
    Then pod "myapp-sts-vol-2" uses the persistent volume claim "myapp-data-myapp-sts-vol-2"
    And there are 4 persistent volume claims, all Bound

  Scenario: A re-created pod gets its own claim back
    Given statefulset "web" with 3 replicas of image "nginx:1.25" and a "data" volume claim of "1Gi"
    When pod "web-1" is deleted
    Then pod "web-1" comes back with the same name
    And it still uses the same persistent volume claim
    And pod "web-1" uses the persistent volume claim "data-web-1"

  Scenario: Deleting the StatefulSet keeps the claims; a new one re-attaches them
    Given statefulset "web" with 2 replicas of image "nginx:1.25" and a "data" volume claim of "1Gi"
    When statefulset "web" is deleted
    And 1 minute passes
    Then there are no pods left
    And the persistent volume claims are "data-web-0, data-web-1"
    When I run "kubectl get pv"
    Then the output contains "default/data-web-0"
    Given statefulset "web" with 2 replicas of image "nginx:1.25" and a "data" volume claim of "1Gi"
    Then pod "web-0" uses the persistent volume claim "data-web-0"
    And there are 2 persistent volume claims, all Bound

  Scenario: A claim without a storage class gets minikube's default class "standard"
    Given statefulset "web" with 1 replica of image "nginx:1.25" and a "data" volume claim of "2Gi"
    When I run "kubectl get storageclass"
    Then the output is:
      """
      NAME                 PROVISIONER                RECLAIMPOLICY   VOLUMEBINDINGMODE   ALLOWVOLUMEEXPANSION   AGE
      standard (default)   k8s.io/minikube-hostpath   Delete          Immediate           false                  1s
      """
    When I run "kubectl get pvc"
    Then the output contains "2Gi        RWO            standard       <unset>"

  Scenario: whenScaled Delete removes the claims of scaled-down ordinals
    When I apply the following manifest:
      """
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: web
      spec:
        serviceName: web
        replicas: 3
        persistentVolumeClaimRetentionPolicy:
          whenScaled: Delete
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
            - name: nginx
              image: nginx:1.25
              volumeMounts:
              - name: data
                mountPath: /usr/share/nginx/html
        volumeClaimTemplates:
        - metadata:
            name: data
          spec:
            accessModes: ["ReadWriteOnce"]
            resources:
              requests:
                storage: 1Gi
      """
    And statefulset "web" is rolled out
    Then the persistent volume claims are "data-web-0, data-web-1, data-web-2"
    When statefulset "web" is scaled to 1 replica
    Then the pods of statefulset "web" are "web-0"
    And the persistent volume claims are "data-web-0"

  Scenario: whenDeleted Delete removes the claims with the StatefulSet
    When I apply the following manifest:
      """
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: web
      spec:
        serviceName: web
        replicas: 2
        persistentVolumeClaimRetentionPolicy:
          whenDeleted: Delete
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
            - name: nginx
              image: nginx:1.25
        volumeClaimTemplates:
        - metadata:
            name: data
          spec:
            accessModes: ["ReadWriteOnce"]
            resources:
              requests:
                storage: 1Gi
      """
    And statefulset "web" is rolled out
    Then there are 2 persistent volume claims, all Bound
    When statefulset "web" is deleted
    And 1 minute passes
    Then there are no pods left
    And there are no persistent volume claims left
