# language: ko
기능: 스테이트풀셋 스케일링: 늘릴 때는 순서대로, 줄일 때는 거꾸로
  레플리카를 늘리면 다음 번호의 파드가 하나씩, 앞 파드가 Running이고 Ready가 된 뒤에 생긴다.
  줄이면 번호가 가장 큰 파드부터 지우고, 그 파드가 완전히 사라진 다음에야 다음 파드를 지운다
  (OrderedReady). 남은 파드가 모두 정상일 때만 줄인다.

  시나리오: 3개에서 5개로 늘리면 web-3, web-4 순서로 생긴다
    조건 "nginx:1.25" 이미지로 레플리카 3개를 띄운 스테이트풀셋 "web"이 있다
    만일 스테이트풀셋 "web"의 레플리카를 5개로 늘리면
    그러면 스테이트풀셋 "web"은 파드를 "web-3, web-4" 순서로 만들었다
    그리고 각 파드는 앞 번호의 파드가 Running이고 Ready가 된 뒤에야 만들어졌다
    그리고 스테이트풀셋 "web"의 파드는 "web-0, web-1, web-2, web-3, web-4"이다

  시나리오: 5개에서 2개로 줄이면 web-4, web-3, web-2 순서로 하나씩 지운다
    조건 "nginx:1.25" 이미지로 레플리카 5개를 띄운 스테이트풀셋 "web"이 있다
    만일 스테이트풀셋 "web"의 레플리카를 2개로 줄이면
    그러면 스테이트풀셋 "web"은 파드를 "web-4, web-3, web-2" 순서로 지웠다
    그리고 각 파드는 번호가 더 큰 파드가 모두 사라진 뒤에야 삭제되었다
    그리고 스테이트풀셋 "web"의 파드는 "web-0, web-1"이다
    그리고 스테이트풀셋 "web"의 준비된 레플리카는 2개다

  시나리오: 줄일 때는 파드가 완전히 사라질 때까지 기다린다
    조건 "slow-stop:1" 이미지는 SIGTERM을 받아도 종료하지 않는다
    그리고 "slow-stop:1" 이미지로 레플리카 3개를 띄운 스테이트풀셋 "web"이 있다
    만일 "kubectl scale sts web --replicas=1" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      statefulset.apps/web scaled
      """
    만일 10초가 지나면
    그리고 "kubectl get pods" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME    READY   STATUS        RESTARTS   AGE
      web-0   1/1     Running       0          13s
      web-1   1/1     Running       0          12s
      web-2   1/1     Terminating   0          11s
      """
    만일 25초가 지나면
    그리고 "kubectl get pods" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME    READY   STATUS        RESTARTS   AGE
      web-0   1/1     Running       0          38s
      web-1   1/1     Terminating   0          37s
      """

  시나리오: kubectl rollout status는 파드가 준비될 때까지 기다린다
    조건 "nginx:1.25" 이미지로 레플리카 1개를 띄운 스테이트풀셋 "web"이 있다
    만일 다음 명령을 실행하면:
      """
      kubectl scale sts web --replicas=3
      kubectl rollout status sts web
      """
    그러면 다음과 같이 출력된다:
      """
      statefulset.apps/web scaled
      Waiting for 2 pods to be ready...
      Waiting for 1 pods to be ready...
      partitioned roll out complete: 3 new pods have been updated...
      """
