# language: ko
기능: 튜토리얼의 MySQL 프라이머리/레플리카 스테이트풀셋
  튜토리얼은 MySQL을 헤드리스 서비스 mydb 뒤의 스테이트풀셋으로 띄운다. 초기화 컨테이너 두 개
  (init-mysql은 server-id를 쓰고 프라이머리/레플리카 설정을 고르며, clone-mysql은 앞 번호 파드의
  데이터를 복제한다)가 mysql, xtrabackup 컨테이너보다 먼저 순서대로 실행되고, 준비 프로브
  (`mysql -h 127.0.0.1 -e "SELECT 1"`, 5초 뒤부터 2초마다)가 준비 상태를 결정한다. 그래서 mydb-0이
  먼저, 그다음 mydb-1이, 3개로 늘리면 mydb-2가 뜬다. 스크립트가 데이터에 하는 일(설정, 복제)은
  시뮬레이션 밖이다. 초기화 컨테이너는 이미지에 정한 시간만큼 실행될 뿐이다.

  시나리오: 초기화 컨테이너가 순서대로 실행되고, 프로브가 준비 상태를 정하며, 파드는 0, 1 순서로 뜬다
    조건 "mysql:5.7" 이미지는 초기화 컨테이너로 2초 동안 실행된다
    그리고 "gcr.io/google-samples/xtrabackup:1.0" 이미지는 초기화 컨테이너로 4초 동안 실행된다
    만일 "kubectl apply -f features/manifests/statefulset/mydb/" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      configmap/mydb-config created
      statefulset.apps/mydb created
      service/mydb-read created
      service/mydb created
      """
    그리고 파드 "mydb-0"의 상태는 "Init:0/2"이다
    만일 3초가 지나면
    그러면 파드 "mydb-0"의 상태는 "Init:1/2"이다
    만일 5초가 지나면
    그러면 파드 "mydb-0"의 상태는 "PodInitializing"이다
    만일 2초가 지나면
    그리고 "kubectl get pods" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME     READY   STATUS    RESTARTS   AGE
      mydb-0   1/2     Running   0          10s
      """
    만일 스테이트풀셋 "mydb"의 롤아웃이 끝나면
    그러면 스테이트풀셋 "mydb"는 파드를 "mydb-0, mydb-1" 순서로 만들었다
    그리고 각 파드는 앞 번호의 파드가 Running이고 Ready가 된 뒤에야 만들어졌다
    그리고 PVC는 2개이고 모두 Bound 상태다
    그리고 파드 "mydb-1"은 PVC "data-mydb-1"을 사용한다
    그리고 이름 "mydb"는 주소 2개로 조회된다
    그리고 이름 "mydb-0.mydb"는 파드 "mydb-0"의 IP로 조회된다

  시나리오: mydb를 3개로 늘리면 mydb-1이 준비된 뒤 mydb-2 파드가 새로 생긴다
    조건 "kubectl apply -f features/manifests/statefulset/mydb/" 명령을 실행했다
    그리고 스테이트풀셋 "mydb"가 모두 준비된다
    만일 스테이트풀셋 "mydb"의 레플리카를 3개로 늘리면
    그리고 1초가 지나면
    그러면 파드 "mydb-2"의 상태는 "Init:0/2"이다
    만일 스테이트풀셋 "mydb"의 롤아웃이 끝나면
    그러면 스테이트풀셋 "mydb"는 파드를 "mydb-2" 순서로 만들었다
    그리고 스테이트풀셋 "mydb"의 파드는 "mydb-0, mydb-1, mydb-2"이다
    그리고 이름 "mydb-2.mydb"는 파드 "mydb-2"의 IP로 조회된다
    그리고 이름 "mydb"는 주소 3개로 조회된다

  시나리오: 셀렉터에 맞는 파드가 없으면 서비스의 엔드포인트는 비어 있다
    조건 "kubectl apply -f features/manifests/statefulset/mydb/" 명령을 실행했다
    그리고 스테이트풀셋 "mydb"가 모두 준비된다
    만일 "kubectl get endpoints mydb-read" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME        ENDPOINTS   AGE
      mydb-read   <none>      20s
      """
