# language: ko
기능: minReadySeconds, 레디니스 프로브와 진행 데드라인
  새 파드는 minReadySeconds 동안 계속 준비 상태여야 사용 가능한 것으로 취급된다. 그 전에 레디니스
  프로브가 실패하기 시작하면 그 파드는 끝내 사용 가능한 파드로 세지지 않으므로, maxUnavailable이 0이면
  롤아웃은 첫 번째 새 파드에서 멈춘다. progressDeadlineSeconds(기본 600초) 동안 진척이 없으면
  디플로이먼트는 ProgressDeadlineExceeded를 보고하지만, 자동으로 롤백되는 것은 없다.

  배경:
    먼저 다음 매니페스트를 적용했다:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: kubia
      spec:
        replicas: 3
        minReadySeconds: 10
        selector:
          matchLabels:
            app: kubia
        strategy:
          rollingUpdate:
            maxSurge: 1
            maxUnavailable: 0
          type: RollingUpdate
        template:
          metadata:
            labels:
              app: kubia
          spec:
            containers:
            - image: luksa/kubia:v2
              name: nodejs
              readinessProbe:
                periodSeconds: 1
                httpGet:
                  path: /
                  port: 8080
      """

  시나리오: minReadySeconds가 있으면 정상적인 롤아웃도 그만큼 느려진다
    만일 이미지를 "luksa/kubia:v4"로 바꾸면
    그러면 롤아웃은 최소 30초가 걸린다
    그리고 롤아웃 내내 사용 가능한 파드가 최소 3개 유지된다
    그리고 어느 시점에도 파드는 4개를 넘지 않는다

  시나리오: 5번째 요청부터 500을 반환하는 버전은 새 파드 1개만 뜨고 롤아웃이 멈춘다
    조건 "luksa/kubia:v3" 이미지는 처음 4번의 요청만 정상 처리하고 5번째 요청부터 500 오류를 반환한다
    만일 "kubectl apply -f features/manifests/kubia-v3-readiness.yaml" 명령을 실행하면
    그리고 2분이 지나면
    그리고 "kubectl get pods" 명령을 실행하면
    그러면 출력에 "0/1     Running"이 포함된다
    그리고 롤아웃은 이전 파드 3개, 새 파드 1개에서 멈춘다
    그리고 디플로이먼트의 Progressing 조건은 False이고 이유는 ProgressDeadlineExceeded로 표시된다
    그리고 디플로이먼트 "kubia"의 사용 가능한 레플리카는 3개다

  시나리오: 진행 데드라인을 넘기면 rollout status가 오류로 알려 준다
    조건 "luksa/kubia:v3" 이미지는 처음 4번의 요청만 정상 처리하고 5번째 요청부터 500 오류를 반환한다
    만일 "kubectl apply -f features/manifests/kubia-v3-readiness.yaml" 명령을 실행하면
    그리고 "kubectl rollout status deploy kubia" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: deployment "kubia" exceeded its progress deadline
      """
    그리고 출력에 'Waiting for deployment "kubia" rollout to finish: 1 out of 3 new replicas have been updated...'가 포함된다

  시나리오: 데드라인을 넘겨도 자동으로 롤백되지 않으며, 멈춘 롤아웃은 rollout undo로 되돌린다
    조건 "luksa/kubia:v3" 이미지는 처음 4번의 요청만 정상 처리하고 5번째 요청부터 500 오류를 반환한다
    만일 "kubectl apply -f features/manifests/kubia-v3-readiness.yaml" 명령을 실행하면
    그리고 11분이 지나면
    그러면 디플로이먼트의 Progressing 조건은 False이고 이유는 ProgressDeadlineExceeded로 표시된다
    그리고 디플로이먼트 "kubia"의 업데이트된 레플리카는 1개다
    만일 "kubectl rollout undo deployment kubia" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/kubia rolled back
      """
    그리고 디플로이먼트의 Progressing 조건은 True이고 이유는 NewReplicaSetAvailable로 표시된다
    그리고 디플로이먼트 "kubia"의 모든 파드는 "luksa/kubia:v2" 이미지로 실행된다
    그리고 디플로이먼트 "kubia"의 사용 가능한 레플리카는 3개다
