# language: ko
기능: 클레임과 설정에 대한 kubectl describe
  describe persistentvolumeclaim은 스토리지 클래스, 클레임이 바인딩된 볼륨, 그 볼륨이 주는 용량과
  접근 모드, 클레임을 쓰는 파드, 프로비저닝 이벤트를 보여 준다. describe configmap은 각 값을 키 아래에
  그대로 출력한다. (kubectl은 키를 Go 맵의 무작위 순서로 나열하고, kubespec은 정렬된 순서로 나열한다.
  이 순서도 kubectl이 출력할 수 있는 순서 가운데 하나다.)

  시나리오: describe pvc는 바인딩된 볼륨과 클레임을 쓰는 파드를 보여 준다
    만일 다음 매니페스트를 적용하면:
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
    그리고 1분이 지나면
    그리고 "kubectl describe pvc data" 명령을 실행하면
    그러면 다음과 같이 출력된다:
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

  시나리오: describe configmap은 모든 값을 키 아래에 출력한다
    만일 다음 매니페스트를 적용하면:
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
    그리고 "kubectl describe configmap app-config" 명령을 실행하면
    그러면 다음과 같이 출력된다:
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
