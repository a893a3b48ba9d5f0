# language: ko
기능: PVC가 파드를 붙잡아 두고, 사용 중인 PVC는 파드 밑에서 지워지지 않는다
  스케줄러의 VolumeBinding 플러그인은 PVC가 없거나, 삭제 중이거나, 즉시 바인딩하는 클래스인데 아직
  바인딩되지 않은 파드를 어느 노드에도 배치하지 않는다. 파드는 플러그인이 밝힌 이유와 함께 Pending으로
  남고, PVC가 준비되는 즉시 배치된다. 반대로 파드가 사용 중인 PVC는 삭제해도
  kubernetes.io/pvc-protection 파이널라이저 때문에 Terminating으로 남는다. 그것을 쓰는 마지막 파드가
  사라지면 PVC도 사라지고, 볼륨도 함께 지워진다(회수 정책 Delete).

  시나리오: PVC가 없는 파드는 PVC가 생길 때까지 기다린다
    만일 다음 매니페스트를 적용하면:
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
    그리고 1분이 지나면
    그리고 "kubectl get events --field-selector reason=FailedScheduling" 명령을 실행하면
    그러면 출력에 '0/1 nodes are available: persistentvolumeclaim "db-data" not found. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.'가 포함된다
    만일 다음 매니페스트를 적용하면:
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
    그러면 PVC "db-data"는 Bound 상태다
    그리고 디플로이먼트 "db"의 실행 중인 파드는 1개다

  시나리오: 클래스가 없는 PVC는 바인딩되지 않고, 파드도 배치되지 않는다
    만일 다음 매니페스트를 적용하면:
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
    그리고 10초가 지나면
    그러면 PVC "fast-data"는 Pending 상태다
    그리고 파드 "worker"의 상태는 "Pending"이다
    만일 "kubectl get events" 명령을 실행하면
    그러면 출력에 'storageclass.storage.k8s.io "fast" not found'가 포함된다
    그리고 출력에 "0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims."가 포함된다
    만일 다음 매니페스트를 적용하면:
      """
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: fast
      provisioner: k8s.io/minikube-hostpath
      """
    그리고 10초가 지나면
    그러면 PVC "fast-data"는 Bound 상태다
    그리고 파드 "worker"의 상태는 "Running"이다

  시나리오: 사용 중인 PVC는 파드가 사라질 때까지 Terminating으로 남는다
    조건 "mysql:5.7" 이미지로 레플리카 1개를 띄운 디플로이먼트 "db"가 있다
    그리고 다음 매니페스트를 적용했다:
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
    만일 "kubectl delete pvc db-data --wait=false" 명령을 실행하면
    그러면 출력에 'persistentvolumeclaim "db-data" deleted'가 포함된다
    그리고 PVC "db-data"는 Terminating 상태다
    만일 "kubectl get pvc db-data -o jsonpath={.metadata.finalizers}" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      ["kubernetes.io/pvc-protection"]
      """
    만일 10분이 지나면
    그러면 PVC "db-data"는 Terminating 상태다
    그리고 파드 "backup"의 상태는 "Running"이다
    만일 "kubectl delete pod backup" 명령을 실행하면
    그러면 PVC는 ""이다
    만일 "kubectl get pv" 명령을 실행하면
    그러면 출력에 "No resources found"가 포함된다
