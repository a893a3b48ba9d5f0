# language: ko
기능: revisionHistoryLimit와 비례 스케일링
  롤아웃이 끝나면 revisionHistoryLimit를 넘는 이전 레플리카셋은 삭제된다. 롤아웃 도중에 디플로이먼트를
  스케일하면 늘어난 레플리카는 이전 레플리카셋과 새 레플리카셋에 각자의 크기에 비례해서 나뉜다.

  시나리오: 이전 레플리카셋은 revisionHistoryLimit 개수만큼만 남고 나머지는 정리된다
    조건 다음 매니페스트를 적용했다:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 2
        revisionHistoryLimit: 2
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
            - name: nginx
              image: nginx:1.21
      """
    만일 다음 명령을 실행하면:
      """
      kubectl set image deployment/web nginx=nginx:1.22
      kubectl rollout status deployment/web
      kubectl set image deployment/web nginx=nginx:1.23
      kubectl rollout status deployment/web
      kubectl set image deployment/web nginx=nginx:1.24
      kubectl rollout status deployment/web
      kubectl set image deployment/web nginx=nginx:1.25
      kubectl rollout status deployment/web
      """
    그리고 1분이 지나면
    그러면 롤아웃 이력에는 리비전 3, 4, 5만 남아 있다
    그리고 디플로이먼트 "web"의 레플리카셋은 3개다
    만일 "kubectl rollout undo deployment web --to-revision=1" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: unable to find specified revision 1 in history
      """

  시나리오: 롤아웃 도중에 스케일하면 레플리카가 레플리카셋 크기에 비례해서 나뉜다 (업스트림 e2e 예제)
    조건 "nginx:broken" 이미지는 끝내 준비 상태가 되지 않는다
    그리고 다음 매니페스트를 적용했다:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 10
        strategy:
          rollingUpdate:
            maxSurge: 3
            maxUnavailable: 2
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
            - name: nginx
              image: nginx:1.25
              readinessProbe:
                httpGet:
                  path: /
                  port: 80
                periodSeconds: 1
      """
    만일 이미지를 "nginx:broken"으로 바꾸면
    그리고 1분이 지나면
    그러면 이전 레플리카셋은 8개, 새 레플리카셋은 5개다
    만일 레플리카를 30개로 늘리면
    그리고 1분이 지나면
    그러면 이전 레플리카셋은 20개, 새 레플리카셋은 13개다
