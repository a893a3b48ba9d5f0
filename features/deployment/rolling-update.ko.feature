# language: ko
기능: 롤링 업데이트의 파드 수 계산
  RollingUpdate 전략에서 디플로이먼트는 파드를 몇 개씩 차례로 교체한다. maxSurge(올림)는 원하는 개수보다
  파드가 최대 몇 개 더 있을 수 있는지를, maxUnavailable(내림)은 사용할 수 없는 파드를 최대 몇 개까지
  허용하는지를 정한다. 기본값은 둘 다 25%다.

  시나리오: 레플리카 10개를 25%/25%로 롤링 업데이트하면 사용 가능한 파드는 최소 8개, 전체 파드는 최대 13개다
    조건 "nginx:1.25" 이미지로 레플리카 10개를 띄운 디플로이먼트 "web-deploy"가 있다
    만일 이미지를 "nginx:1.26"으로 바꾸면
    그러면 롤아웃 내내 사용 가능한 파드가 최소 8개 유지된다
    그리고 어느 시점에도 파드는 13개를 넘지 않는다
    그리고 이전 레플리카셋은 10→8→3→0, 새 레플리카셋은 0→3→5→10 순서로 바뀐다
    그리고 디플로이먼트 "web-deploy"의 모든 파드는 "nginx:1.26" 이미지로 실행된다
    그리고 롤아웃 이력의 리비전은 1, 2다

  시나리오: 레플리카 4개에 25%/25%면 업데이트 중 파드는 최대 5개, 최소 3개는 항상 사용 가능하다
    조건 "nginx:1.25" 이미지로 레플리카 4개를 띄운 디플로이먼트 "web"이 있다
    만일 이미지를 "nginx:1.26"으로 바꾸면
    그러면 롤아웃 내내 사용 가능한 파드가 최소 3개 유지된다
    그리고 어느 시점에도 파드는 5개를 넘지 않는다

  시나리오: 레플리카 3개에 기본값 25%/25%면 파드를 하나씩 교체한다
    조건 "luksa/kubia:v1" 이미지로 레플리카 3개를 띄운 디플로이먼트 "kubia"가 있다
    만일 이미지를 "luksa/kubia:v2"로 바꾸면
    그러면 롤아웃 내내 사용 가능한 파드가 최소 3개 유지된다
    그리고 어느 시점에도 파드는 4개를 넘지 않는다
    그리고 이전 레플리카셋은 3→2→1→0, 새 레플리카셋은 0→1→2→3 순서로 바뀐다

  시나리오: 레플리카 3개, maxSurge 1, maxUnavailable 1이면 파드는 최대 4개, 사용 가능한 파드는 최소 2개다
    조건 디플로이먼트 "myapp-deploy"가 "ghcr.io/c1t1d0s7/go-myweb:v1.0" 이미지로 레플리카 3개를 실행 중이고 maxSurge는 1, maxUnavailable은 1이다
    만일 이미지를 "ghcr.io/c1t1d0s7/go-myweb:v2.0"으로 바꾸면
    그러면 롤아웃 내내 사용 가능한 파드가 최소 2개 유지된다
    그리고 어느 시점에도 파드는 4개를 넘지 않는다
    그리고 이전 레플리카셋은 3→2→0, 새 레플리카셋은 0→1→2→3 순서로 바뀐다

  시나리오: maxSurge 1, maxUnavailable 0이면 업데이트 중에도 모든 레플리카를 사용할 수 있다
    조건 디플로이먼트 "kubia"가 "luksa/kubia:v1" 이미지로 레플리카 3개를 실행 중이고 maxSurge는 1, maxUnavailable은 0이다
    만일 이미지를 "luksa/kubia:v2"로 바꾸면
    그러면 롤아웃 내내 사용 가능한 파드가 최소 3개 유지된다
    그리고 어느 시점에도 파드는 4개를 넘지 않는다
    그리고 이전 레플리카셋은 3→2→1→0, 새 레플리카셋은 0→1→2→3 순서로 바뀐다

  시나리오: 종료 중인 파드는 세지 않으므로 파드 오브젝트 수는 maxSurge를 넘을 수 있다
    조건 "nginx:1.25" 이미지로 레플리카 10개를 띄운 디플로이먼트 "web"이 있다
    그리고 "nginx:1.25" 이미지는 SIGTERM을 받아도 종료하지 않는다
    만일 이미지를 "nginx:1.26"으로 바꾸면
    그러면 어느 시점에도 파드는 13개를 넘지 않는다
    하지만 종료 중인 파드를 포함해도 파드는 20개를 넘지 않는다

  시나리오: rollout status는 롤아웃이 끝날 때까지 진행 상황을 보여 준다
    조건 "luksa/kubia:v1" 이미지로 레플리카 3개를 띄운 디플로이먼트 "kubia"가 있다
    만일 "kubectl set image deployment kubia kubia=luksa/kubia:v2" 명령을 실행하면
    그리고 "kubectl rollout status deployment kubia" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      Waiting for deployment "kubia" rollout to finish: 1 out of 3 new replicas have been updated...
      Waiting for deployment "kubia" rollout to finish: 2 out of 3 new replicas have been updated...
      Waiting for deployment "kubia" rollout to finish: 1 old replicas are pending termination...
      deployment "kubia" successfully rolled out
      """
