# language: ko
기능: 스테이트풀셋 업데이트: 번호 역순, 파티션, OnDelete
  RollingUpdate 전략에서는 템플릿이 바뀌면 번호가 가장 큰 파드부터 하나씩 교체한다. 다시 만든
  파드가 Running이고 Ready가 되어야 다음 파드를 지운다. 파티션을 정하면 그보다 작은 번호의 파드는
  예전 버전으로 남는다(카나리). 템플릿마다 ControllerRevision이 생기고, 파드의
  controller-revision-hash 레이블에 그 이름이 붙는다. OnDelete에서는 파드를 직접 지워야 새
  템플릿으로 다시 만들어진다.

  시나리오: 새 이미지는 web-2부터 web-0까지 하나씩 적용된다
    조건 "nginx:1.25" 이미지로 레플리카 3개를 띄운 스테이트풀셋 "web"이 있다
    만일 스테이트풀셋 "web"의 이미지를 "nginx:1.26"으로 바꾸면
    그러면 스테이트풀셋 "web"은 파드를 "web-2, web-1, web-0" 순서로 업데이트했다
    그리고 스테이트풀셋 "web"은 파드를 "web-2, web-1, web-0" 순서로 지웠다
    그리고 스테이트풀셋 "web"에서 준비되지 않은 파드는 어느 시점에도 1개를 넘지 않는다
    그리고 파드 "web-0"은 "nginx:1.26" 이미지로 실행된다
    그리고 스테이트풀셋 "web"의 업데이트된 레플리카는 3개다
    그리고 스테이트풀셋 "web"의 컨트롤러 리비전은 2개다

  시나리오: kubectl rollout status로 업데이트를 지켜본다
    조건 "nginx:1.25" 이미지로 레플리카 3개를 띄운 스테이트풀셋 "web"이 있다
    만일 다음 명령을 실행하면:
      """
      kubectl set image statefulset/web nginx=nginx:1.26
      kubectl rollout status statefulset/web
      """
    그러면 다음과 같이 출력된다:
      """
      statefulset.apps/web image updated
      Waiting for partitioned roll out to finish: 0 out of 3 new pods have been updated...
      Waiting for 1 pods to be ready...
      Waiting for partitioned roll out to finish: 1 out of 3 new pods have been updated...
      Waiting for 1 pods to be ready...
      Waiting for partitioned roll out to finish: 2 out of 3 new pods have been updated...
      Waiting for 1 pods to be ready...
      partitioned roll out complete: 3 new pods have been updated...
      """
    만일 "kubectl rollout history statefulset/web" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      statefulset.apps/web 
      REVISION  CHANGE-CAUSE
      1         <none>
      2         <none>

      """

  시나리오: 파티션보다 번호가 크거나 같은 파드만 업데이트된다
    조건 "nginx:1.25" 이미지로 레플리카 3개를 띄운 스테이트풀셋 "web"이 있다
    그리고 스테이트풀셋 "web"의 파티션을 2로 정한다
    만일 스테이트풀셋 "web"의 이미지를 "nginx:1.26"으로 바꾸면
    그러면 스테이트풀셋 "web"은 파드를 "web-2" 순서로 업데이트했다
    그리고 파드 "web-2"는 "nginx:1.26" 이미지로 실행된다
    그리고 파드 "web-1"은 "nginx:1.25" 이미지로 실행된다
    그리고 파드 "web-0"은 "nginx:1.25" 이미지로 실행된다
    그리고 스테이트풀셋 "web"의 업데이트된 레플리카는 1개다
    만일 파드 "web-0"을 지우면
    그러면 파드 "web-0"이 같은 이름으로 다시 만들어진다
    그리고 파드 "web-0"은 "nginx:1.25" 이미지로 실행된다
    만일 스테이트풀셋 "web"의 파티션을 0으로 정하면
    그러면 스테이트풀셋 "web"은 파드를 "web-1, web-0" 순서로 업데이트했다
    그리고 파드 "web-0"은 "nginx:1.26" 이미지로 실행된다

  시나리오: OnDelete는 파드를 지울 때만 새 템플릿으로 바꾼다
    조건 "nginx:1.25" 이미지로 레플리카 3개를 띄운 OnDelete 전략의 스테이트풀셋 "web"이 있다
    만일 스테이트풀셋 "web"의 이미지를 "nginx:1.26"으로 바꾸면
    그리고 5분이 지나면
    그러면 파드 "web-2"는 "nginx:1.25" 이미지로 실행된다
    그리고 스테이트풀셋 "web"의 업데이트된 레플리카는 0개다
    만일 파드 "web-1"을 지우면
    그러면 파드 "web-1"이 같은 이름으로 다시 만들어진다
    그리고 파드 "web-1"은 "nginx:1.26" 이미지로 실행된다
    그리고 파드 "web-2"는 "nginx:1.25" 이미지로 실행된다
    만일 "kubectl rollout status sts web" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: rollout status is only available for RollingUpdate strategy type
      """

  시나리오: 롤백하면 이전 ControllerRevision으로 돌아간다
    조건 "nginx:1.25" 이미지로 레플리카 2개를 띄운 스테이트풀셋 "web"이 있다
    만일 스테이트풀셋 "web"의 이미지를 "nginx:1.26"으로 바꾸면
    그리고 스테이트풀셋 "web"의 롤아웃이 끝나면
    그리고 "kubectl rollout undo sts web" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      statefulset.apps/web rolled back
      """
    그리고 파드 "web-0"은 "nginx:1.25" 이미지로 실행된다
    만일 "kubectl rollout history sts web" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      statefulset.apps/web 
      REVISION  CHANGE-CAUSE
      2         <none>
      3         <none>

      """
