# language: ko
기능: 스테이트풀셋의 고유성: 순서 번호가 붙은 이름, DNS, 순서대로 생성
  스테이트풀셋은 파드 이름 뒤에 0, 1, 2… 순서 번호를 붙이고, 기본값(OrderedReady)에서는 파드를
  하나씩 만든다. 앞 번호의 파드가 Running이고 Ready가 된 다음에야 다음 파드를 만든다. 헤드리스
  서비스(clusterIP: None)가 있으면 파드마다 <파드>.<서비스> 형태의 DNS 이름이 생기고, 서비스 이름은
  준비된 파드들의 IP를 돌려준다. 파드를 지우면 예전 파드 객체가 사라진 뒤 같은 이름으로 다시 생긴다.

  시나리오: myapp-sts와 헤드리스 서비스: 순서 번호가 붙은 이름과 DNS
    만일 "kubectl create -f features/manifests/statefulset/myapp-sts.yaml -f features/manifests/statefulset/myapp-svc-headless.yaml" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      statefulset.apps/myapp-sts created
      service/myapp-svc-headless created
      """
    만일 스테이트풀셋 "myapp-sts"의 롤아웃이 끝나면
    그리고 "kubectl get sts,svc" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME                         READY   AGE
      statefulset.apps/myapp-sts   2/2     2s

      NAME                         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
      service/kubernetes           ClusterIP   10.96.0.1    <none>        443/TCP   2s
      service/myapp-svc-headless   ClusterIP   None         <none>        80/TCP    2s
      """
    만일 "kubectl get pods -o wide" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME          READY   STATUS    RESTARTS   AGE   IP           NODE       NOMINATED NODE   READINESS GATES
      myapp-sts-0   1/1     Running   0          2s    10.244.0.2   minikube   <none>           <none>
      myapp-sts-1   1/1     Running   0          1s    10.244.0.3   minikube   <none>           <none>
      """
    그리고 스테이트풀셋 "myapp-sts"의 파드는 "myapp-sts-0, myapp-sts-1"이다
    그리고 이름 "myapp-svc-headless"는 주소 2개로 조회된다
    그리고 이름 "myapp-svc-headless"는 스테이트풀셋 "myapp-sts"의 파드 IP들로 조회된다
    그리고 이름 "myapp-sts-0.myapp-svc-headless"는 파드 "myapp-sts-0"의 IP로 조회된다
    그리고 이름 "myapp-sts-1.myapp-svc-headless"는 파드 "myapp-sts-1"의 IP로 조회된다
    그리고 이름 "myapp-sts-1.myapp-svc-headless.default.svc.cluster.local"은 파드 "myapp-sts-1"의 IP로 조회된다
    그리고 이름 "myapp-sts-2.myapp-svc-headless"는 조회되지 않는다

  시나리오: 스테이트풀셋 파드는 0, 1, 2 순서대로, 앞 파드가 준비된 뒤에 생성된다
    조건 "nginx:1.25" 이미지로 레플리카 3개를 띄운 스테이트풀셋 "web"이 있다
    그러면 스테이트풀셋 "web"은 파드를 "web-0, web-1, web-2" 순서로 만들었다
    그리고 각 파드는 앞 번호의 파드가 Running이고 Ready가 된 뒤에야 만들어졌다
    그리고 스테이트풀셋 "web"의 준비된 레플리카는 3개다

  시나리오: 느리게 뜨는 파드가 다음 번호의 파드를 붙잡아 둔다
    조건 "slow-db:1" 이미지는 기동하는 데 20초가 걸린다
    만일 다음 매니페스트를 적용하면:
      """
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: db
      spec:
        serviceName: db
        replicas: 2
        selector:
          matchLabels: {app: db}
        template:
          metadata:
            labels: {app: db}
          spec:
            containers:
            - name: db
              image: slow-db:1
      """
    그리고 10초가 지나면
    그러면 파드 "db-0"의 상태는 "ContainerCreating"이다
    그리고 파드 "db-1"은 없다
    만일 15초가 지나면
    그러면 파드 "db-0"의 상태는 "Running"이다
    그리고 파드 "db-1"의 상태는 "ContainerCreating"이다
    만일 스테이트풀셋 "db"의 롤아웃이 끝나면
    그러면 스테이트풀셋 "db"는 파드를 "db-0, db-1" 순서로 만들었다

  시나리오: sts-0을 지우면 같은 이름의 0번 파드가 새로 생긴다
    조건 헤드리스 서비스 "nginx" 뒤에 "nginx:1.25" 이미지로 레플리카 3개를 띄운 스테이트풀셋 "web"이 있다
    만일 파드 "web-0"을 지우면
    그러면 파드 "web-0"이 같은 이름으로 다시 만들어진다
    그리고 스테이트풀셋 "web"의 파드는 "web-0, web-1, web-2"이다
    그리고 이름 "web-0.nginx"는 파드 "web-0"의 IP로 조회된다
    그리고 이름 "nginx"는 주소 3개로 조회된다

  시나리오: Parallel 방식은 모든 파드를 한꺼번에 띄운다
    조건 "nginx:1.25" 이미지로 레플리카 3개를 띄운 Parallel 방식의 스테이트풀셋 "web"이 있다
    만일 "kubectl get pods" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME    READY   STATUS    RESTARTS   AGE
      web-0   1/1     Running   0          1s
      web-1   1/1     Running   0          1s
      web-2   1/1     Running   0          1s
      """
