# language: ko
기능: 서비스 종류와 kubectl 조회 결과
  디플로이먼트는 파드를 만들기만 한다. 서비스는 그 파드들에 하나의 고정된 주소를 주고 들어오는 트래픽을
  파드에 나눠 준다. 기본값인 ClusterIP는 클러스터 안에서만 쓰는 가상 IP로, 서비스 대역 10.96.0.0/12에서
  할당된다. NodePort는 여기에 더해 모든 노드에 30000–32767 범위의 포트를 연다. LoadBalancer는 외부
  로드밸런서를 요청하는데, 로드밸런서가 없는 환경(터널 없는 minikube)에서는 EXTERNAL-IP가 <pending>으로
  남는다. 헤드리스 서비스(clusterIP: None)에는 가상 IP가 없다. 모든 클러스터에는 처음부터 API 서버 앞에
  `kubernetes` 서비스(10.96.0.1)가 있다.

  시나리오: 새 클러스터에도 kubernetes 서비스는 이미 있다
    만일 "kubectl get svc" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
      kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   0s
      """
    만일 "kubectl get endpoints" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME         ENDPOINTS           AGE
      kubernetes   192.168.49.2:8443   0s
      """

  시나리오: 튜토리얼의 spring-service는 파드 3개 앞에서 노드 포트 30000을 연다
    조건 "kubectl apply -f features/manifests/spring-deployment.yaml" 명령을 실행했다
    그리고 "kubectl rollout status deployment spring-deployment" 명령을 실행했다
    만일 "kubectl apply -f features/manifests/spring-service.yaml" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      service/spring-service created
      """
    만일 "kubectl get service" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME             TYPE        CLUSTER-IP       EXTERNAL-IP   PORT(S)          AGE
      kubernetes       ClusterIP   10.96.0.1        <none>        443/TCP          1s
      spring-service   NodePort    10.101.231.223   <none>        8080:30000/TCP   0s
      """
    그리고 서비스 "spring-service"의 준비된 엔드포인트는 3개다
    그리고 서비스 "spring-service"의 엔드포인트는 디플로이먼트 "spring-deployment"의 준비된 파드들이다
    만일 "kubectl apply -f features/manifests/spring-service.yaml" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      service/spring-service unchanged
      """

  시나리오: kubectl describe는 포트와 노드 포트, 엔드포인트를 보여 준다
    조건 "kubectl apply -f features/manifests/spring-deployment.yaml" 명령을 실행했다
    그리고 "kubectl rollout status deployment spring-deployment" 명령을 실행했다
    그리고 "kubectl apply -f features/manifests/spring-service.yaml" 명령을 실행했다
    만일 "kubectl describe service spring-service" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      Name:                     spring-service
      Namespace:                default
      Labels:                   <none>
      Annotations:              <none>
      Selector:                 app=backend-app
      Type:                     NodePort
      IP Family Policy:         SingleStack
      IP Families:              IPv4
      IP:                       10.101.231.223
      IPs:                      10.101.231.223
      Port:                     <unset>  8080/TCP
      TargetPort:               8080/TCP
      NodePort:                 <unset>  30000/TCP
      Endpoints:                10.244.0.2:8080,10.244.0.3:8080,10.244.0.4:8080
      Session Affinity:         None
      External Traffic Policy:  Cluster
      Internal Traffic Policy:  Cluster
      Events:                   <none>
      """

  시나리오: 기본 서비스 종류는 ClusterIP이고, LoadBalancer는 외부 주소를 기다린다
    조건 "nginx:1.25" 이미지로 레플리카 2개를 띄운 디플로이먼트 "web"이 있다
    그리고 디플로이먼트 "web" 앞에 서비스 "web"이 있다
    그리고 디플로이먼트 "web" 앞에 LoadBalancer 서비스 "web-lb"가 있다
    만일 "kubectl get svc -o wide" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME         TYPE           CLUSTER-IP       EXTERNAL-IP   PORT(S)        AGE   SELECTOR
      kubernetes   ClusterIP      10.96.0.1        <none>        443/TCP        1s    <none>
      web          ClusterIP      10.106.175.246   <none>        80/TCP         0s    app=web
      web-lb       LoadBalancer   10.105.78.225    <pending>     80:31833/TCP   0s    app=web
      """

  시나리오: 헤드리스 서비스에는 클러스터 IP가 없고, 엔드포인트는 파드 자체다
    조건 "postgres:16" 이미지로 레플리카 2개를 띄운 디플로이먼트 "db"가 있다
    그리고 다음 매니페스트를 적용했다:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: db
      spec:
        clusterIP: None
        selector:
          app: db
        ports:
        - port: 5432
      """
    만일 "kubectl get svc db" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME   TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)    AGE
      db     ClusterIP   None         <none>        5432/TCP   0s
      """
    그리고 서비스 "db"의 준비된 엔드포인트는 2개다

  @nodes-2
  시나리오: HA 튜토리얼의 MySQL NodePort 서비스는 기본값을 채워 받는다
    만일 다음 매니페스트를 적용하면:
      """
      apiVersion: v1
      kind: Service
      metadata:
        labels:
          app: mysql
        name: mysql-dpl
      spec:
        ports:
          - nodePort: 30306
            port: 3306
        selector:
          app: mysql
        type: NodePort
      """
    그리고 "kubectl get svc mysql-dpl" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME        TYPE       CLUSTER-IP       EXTERNAL-IP   PORT(S)          AGE
      mysql-dpl   NodePort   10.105.236.215   <none>        3306:30306/TCP   0s
      """
    만일 "kubectl get svc mysql-dpl -o yaml" 명령을 실행하면
    그러면 출력에 "targetPort: 3306"이 포함된다
    그리고 출력에 "externalTrafficPolicy: Cluster"가 포함된다
    그리고 출력에 "sessionAffinity: None"이 포함된다
    그리고 서비스 "mysql-dpl"에는 엔드포인트가 없다

  시나리오: 이미 사용 중인 노드 포트는 거부된다
    조건 "kubectl apply -f features/manifests/spring-service.yaml" 명령을 실행했다
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: other
      spec:
        type: NodePort
        selector:
          app: other
        ports:
        - port: 80
          nodePort: 30000
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      The Service "other" is invalid: spec.ports[0].nodePort: Invalid value: 30000: provided port is already allocated
      """
    그리고 클러스터는 그대로다

  시나리오: 30000-32767 범위 밖의 노드 포트는 거부된다
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        type: NodePort
        selector:
          app: web
        ports:
        - port: 80
          nodePort: 8080
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      The Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767
      """
    그리고 클러스터는 그대로다

  시나리오: ClusterIP 서비스는 노드 포트를 요청할 수 없다
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        selector:
          app: web
        ports:
        - port: 80
          nodePort: 30080
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      The Service "web" is invalid: spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'
      """
    그리고 클러스터는 그대로다
