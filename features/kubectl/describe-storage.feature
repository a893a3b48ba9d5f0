Feature: kubectl describe for claims and configuration
  describe persistentvolumeclaim shows the class, the volume the claim is bound to, what that
  volume gives (capacity and access modes), the pods that use the claim and the provisioning
  events; describe configmap prints each value as it is, under its key. (kubectl lists the keys in
  Go's random map order; kubespec lists them sorted, one of the orders kubectl prints.)

  Scenario: describe pvc shows the bound volume and the pod that uses the claim
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
            storage: 1Gi
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: app
      spec:
        containers:
        - name: app
          image: nginx:1.25
          volumeMounts:
          - name: data
            mountPath: /data
        volumes:
        - name: data
          persistentVolumeClaim:
            claimName: data
      """
    And 1m passes
    And I run "kubectl describe pvc data"
    Then the output is:
      """
      Name:          data
      Namespace:     default
      StorageClass:  standard
      Status:        Bound
      Volume:        pvc-4267b0a3-2005-4652-a21f-37a357cd3d32
      Labels:        <none>
      Annotations:   pv.kubernetes.io/bind-completed: yes
                     pv.kubernetes.io/bound-by-controller: yes
                     volume.beta.kubernetes.io/storage-provisioner: k8s.io/minikube-hostpath
                     volume.kubernetes.io/storage-provisioner: k8s.io/minikube-hostpath
      Finalizers:    [kubernetes.io/pvc-protection]
      Capacity:      1Gi
      Access Modes:  RWO
      VolumeMode:    Filesystem
      Used By:       app
      Events:
        Type    Reason                 Age   From                      Message
        ----    ------                 ----  ----                      -------
        Normal  Provisioning           60s   k8s.io/minikube-hostpath  External provisioner is provisioning volume for claim "default/data"
        Normal  ProvisioningSucceeded  60s   k8s.io/minikube-hostpath  Successfully provisioned volume pvc-4267b0a3-2005-4652-a21f-37a357cd3d32
      """

  Scenario: describe configmap prints every value under its key
    When I apply the following manifest:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: app-config
        labels:
          app: web
      data:
        LOG_LEVEL: debug
        nginx.conf: |
          server {
            listen 80;
          }
      """
    And I run "kubectl describe configmap app-config"
    Then the output is:
      """
      Name:         app-config
      Namespace:    default
      Labels:       app=web
      Annotations:  <none>

      Data
      ====
      LOG_LEVEL:
      ----
      debug

      nginx.conf:
      ----
      server {
        listen 80;
      }



      BinaryData
      ====

      Events:  <none>
      """
