# language: ko
기능: 엔드포인트는 파드의 준비 상태를 따른다
  서비스는 엔드포인트에 준비된 것으로 올라 있는 파드에만 트래픽을 보낸다. 엔드포인트 컨트롤러는 셀렉터에 맞고
  IP가 있는 파드를 모두 올리는데, 준비된 파드는 `addresses`에, 나머지는 `notReadyAddresses`에 둔다. 삭제 중인
  파드는 컨테이너가 아직 종료되는 중이어도 곧바로 빠진다. `publishNotReadyAddresses: true`이면 모든 파드가
  준비된 것으로 올라간다.

  시나리오: 준비성 프로브가 실패하기 시작한 파드는 계속 실행되지만 엔드포인트에서 빠진다
    조건 "shop:v1" 이미지는 1분 뒤부터 상태 검사에 실패한다
    그리고 "shop:v1" 이미지로 레플리카 3개를 띄우고 준비성 프로브를 둔 디플로이먼트 "shop"이 있다
    그리고 디플로이먼트 "shop" 앞에 서비스 "shop"이 있다
    그러면 서비스 "shop"의 준비된 엔드포인트는 3개다
    만일 "kubectl get endpoints shop" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME   ENDPOINTS                                         AGE
      shop   10.244.0.2:8080,10.244.0.3:8080,10.244.0.4:8080   0s
      """
    만일 2분이 지나면
    그러면 서비스 "shop"의 준비된 엔드포인트는 0개다
    그리고 서비스 "shop"의 준비되지 않은 엔드포인트는 3개다
    그리고 디플로이먼트 "shop"의 사용 가능한 레플리카는 지금 0개다
    만일 "kubectl get endpoints shop" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME   ENDPOINTS   AGE
      shop               2m
      """

  시나리오: 삭제된 파드는 컨테이너가 멈추기 전에 곧바로 엔드포인트에서 빠진다
    조건 "nginx:1.25" 이미지로 레플리카 3개를 띄운 디플로이먼트 "web"이 있다
    그리고 "nginx:1.25" 이미지는 SIGTERM을 받아도 종료하지 않는다
    그리고 디플로이먼트 "web" 앞에 서비스 "web"이 있다
    만일 디플로이먼트 "web"의 파드 하나가 종료되기 시작하면
    그러면 서비스 "web"의 준비된 엔드포인트는 2개다
    그리고 디플로이먼트 "web"의 파드 1개가 노드 "minikube"에서 종료 중이다
    만일 5초가 지나면
    그러면 서비스 "web"의 준비된 엔드포인트는 3개다
    그리고 서비스 "web"의 엔드포인트는 디플로이먼트 "web"의 준비된 파드들이다

  시나리오: 끝내 준비되지 않는 파드는 준비되지 않은 주소로 올라간다
    조건 "nginx:1.25" 이미지로 레플리카 2개를 띄우고 준비성 프로브를 둔 디플로이먼트 "web"이 있다
    그리고 디플로이먼트 "web" 앞에 서비스 "web"이 있다
    그리고 "nginx:broken" 이미지는 끝내 준비 상태가 되지 않는다
    만일 이미지를 "nginx:broken"으로 바꾸면
    그리고 1분이 지나면
    그러면 서비스 "web"의 준비된 엔드포인트는 2개다
    그리고 서비스 "web"의 준비되지 않은 엔드포인트는 1개다
    그리고 서비스 "web"의 엔드포인트는 디플로이먼트 "web"의 준비된 파드들이다

  시나리오: publishNotReadyAddresses는 준비되기 전의 파드도 올린다
    조건 "db:1" 이미지는 끝내 준비 상태가 되지 않는다
    만일 다음 매니페스트를 적용하면:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: db
      spec:
        replicas: 2
        selector:
          matchLabels:
            app: db
        template:
          metadata:
            labels:
              app: db
          spec:
            containers:
            - name: db
              image: db:1
              readinessProbe:
                tcpSocket:
                  port: 5432
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: db
      spec:
        clusterIP: None
        publishNotReadyAddresses: true
        selector:
          app: db
        ports:
        - port: 5432
      """
    그리고 30초가 지나면
    그러면 디플로이먼트 "db"의 사용 가능한 레플리카는 지금 0개다
    그리고 서비스 "db"의 준비된 엔드포인트는 2개다
    그리고 서비스 "db"의 준비되지 않은 엔드포인트는 0개다
