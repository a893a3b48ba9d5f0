# language: ko
기능: 스테이트풀셋 스토리지: 파드마다 PVC 하나, 스케일을 줄여도 남는다
  volumeClaimTemplates를 쓰면 파드마다 <템플릿>-<스테이트풀셋>-<번호> 이름의 PVC가 파드보다 먼저
  만들어지고, 스토리지 클래스가 만든 볼륨(PV)에 바인딩된다. PVC는 파드보다 오래 남는다. 레플리카를
  줄여도 그대로 있고(기본 persistentVolumeClaimRetentionPolicy는 Retain/Retain), 다시 늘리면 예전
  PVC가 다시 붙으며, 다시 만들어진 파드도 자기 PVC를 그대로 쓴다. 스테이트풀셋을 지워도 남는다.
  whenScaled: Delete로 정하면 줄어든 번호의 PVC는 지워진다.

  시나리오: 복제본을 4개로 늘렸다가 2개로 줄여도 PVC는 4개 그대로 남는다
    조건 "kubectl apply -f features/manifests/statefulset/nfs-client-storageclass.yaml" 명령을 실행했다
    만일 "kubectl create -f features/manifests/statefulset/myapp-sts-vol.yaml" 명령을 실행하면
    그리고 스테이트풀셋 "myapp-sts-vol"의 롤아웃이 끝나면
    그러면 PVC는 2개이고 모두 Bound 상태다
    만일 "kubectl get pvc" 명령을 실행하면
    그러면 출력에 "myapp-data-myapp-sts-vol-0   Bound"가 포함된다
    만일 스테이트풀셋 "myapp-sts-vol"의 레플리카를 4개로 늘리면
    그러면 PVC는 "myapp-data-myapp-sts-vol-0, myapp-data-myapp-sts-vol-1, myapp-data-myapp-sts-vol-2, myapp-data-myapp-sts-vol-3"이다
    만일 스테이트풀셋 "myapp-sts-vol"의 레플리카를 2개로 줄이면
    그러면 스테이트풀셋 "myapp-sts-vol"의 파드는 "myapp-sts-vol-0, myapp-sts-vol-1"이다
    그리고 PVC는 4개이고 모두 Bound 상태다
    만일 스테이트풀셋 "myapp-sts-vol"의 레플리카를 3개로 늘리면
    그러면 파드 "myapp-sts-vol-2"는 PVC "myapp-data-myapp-sts-vol-2"를 사용한다
    그리고 PVC는 4개이고 모두 Bound 상태다

  시나리오: 다시 만들어진 파드는 자기 PVC를 다시 쓴다
    조건 "nginx:1.25" 이미지로 레플리카 3개를 띄우고 "1Gi" 크기의 "data" 볼륨 클레임을 가진 스테이트풀셋 "web"이 있다
    만일 파드 "web-1"을 지우면
    그러면 파드 "web-1"이 같은 이름으로 다시 만들어진다
    그리고 여전히 같은 PVC를 사용한다
    그리고 파드 "web-1"은 PVC "data-web-1"을 사용한다

  시나리오: 스테이트풀셋을 지워도 PVC는 남고, 새 스테이트풀셋이 다시 붙인다
    조건 "nginx:1.25" 이미지로 레플리카 2개를 띄우고 "1Gi" 크기의 "data" 볼륨 클레임을 가진 스테이트풀셋 "web"이 있다
    만일 스테이트풀셋 "web"을 지우면
    그리고 1분이 지나면
    그러면 파드가 하나도 남지 않는다
    그리고 PVC는 "data-web-0, data-web-1"이다
    만일 "kubectl get pv" 명령을 실행하면
    그러면 출력에 "default/data-web-0"이 포함된다
    조건 "nginx:1.25" 이미지로 레플리카 2개를 띄우고 "1Gi" 크기의 "data" 볼륨 클레임을 가진 스테이트풀셋 "web"이 있다
    그러면 파드 "web-0"은 PVC "data-web-0"을 사용한다
    그리고 PVC는 2개이고 모두 Bound 상태다

  시나리오: 스토리지 클래스를 적지 않은 PVC는 minikube의 기본 클래스 standard를 받는다
    조건 "nginx:1.25" 이미지로 레플리카 1개를 띄우고 "2Gi" 크기의 "data" 볼륨 클레임을 가진 스테이트풀셋 "web"이 있다
    만일 "kubectl get storageclass" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME                 PROVISIONER                RECLAIMPOLICY   VOLUMEBINDINGMODE   ALLOWVOLUMEEXPANSION   AGE
      standard (default)   k8s.io/minikube-hostpath   Delete          Immediate           false                  1s
      """
    만일 "kubectl get pvc" 명령을 실행하면
    그러면 출력에 "2Gi        RWO            standard       <unset>"이 포함된다

  시나리오: whenScaled: Delete면 줄어든 번호의 PVC가 지워진다
    만일 다음 매니페스트를 적용하면:
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
    그리고 스테이트풀셋 "web"의 롤아웃이 끝나면
    그러면 PVC는 "data-web-0, data-web-1, data-web-2"이다
    만일 스테이트풀셋 "web"의 레플리카를 1개로 줄이면
    그러면 스테이트풀셋 "web"의 파드는 "web-0"이다
    그리고 PVC는 "data-web-0"이다

  시나리오: whenDeleted: Delete면 스테이트풀셋과 함께 PVC도 지워진다
    만일 다음 매니페스트를 적용하면:
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
    그리고 스테이트풀셋 "web"의 롤아웃이 끝나면
    그러면 PVC는 2개이고 모두 Bound 상태다
    만일 스테이트풀셋 "web"을 지우면
    그리고 1분이 지나면
    그러면 파드가 하나도 남지 않는다
    그리고 PVC가 하나도 남지 않는다
