# language: ko
기능: 일시 정지와 재개의 출력
  튜토리얼 004(T004-15…17): set image 직후에 일시 정지하면 기존 파드 3개 옆에 새 파드 1개가 남는다
  (카나리). 목록으로 확인하고, 재개하면 롤아웃이 끝난다.

  시나리오: 이미지를 바꾸자마자 일시 정지하고, 목록을 본 뒤 재개한다
    조건 "kubectl apply -f features/manifests/kubia-deployment-v1.yaml" 명령을 실행했다
    그리고 다음 명령을 실행한다:
      """
      kubectl patch deployment kubia -p '{"spec":{"minReadySeconds":10,"strategy":{"rollingUpdate":{"maxSurge":1,"maxUnavailable":0}}}}'
      """
    그리고 "kubectl rollout status deployment kubia" 명령을 실행했다
    만일 "kubectl set image deployment kubia nodejs=luksa/kubia:v4" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/kubia image updated
      """
    만일 "kubectl rollout pause deployment kubia" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/kubia paused
      """
    만일 1분이 지나면
    그리고 "kubectl get rs" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME               DESIRED   CURRENT   READY   AGE
      kubia-7cdfc888c4   3         3         3       71s
      kubia-85f868856c   1         1         1       60s
      """
    만일 "kubectl get po" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME                     READY   STATUS    RESTARTS   AGE
      kubia-7cdfc888c4-htnjq   1/1     Running   0          71s
      kubia-7cdfc888c4-nnwks   1/1     Running   0          71s
      kubia-7cdfc888c4-t5qwn   1/1     Running   0          71s
      kubia-85f868856c-8c8pl   1/1     Running   0          60s
      """
    만일 "kubectl rollout status deployment kubia --watch=false" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      Waiting for deployment "kubia" rollout to finish: 1 out of 3 new replicas have been updated...
      """
    만일 "kubectl rollout pause deployment kubia" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: deployments.apps "kubia" is already paused
      """
    만일 "kubectl rollout undo deployment kubia" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again
      """
    만일 "kubectl rollout resume deployment kubia" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/kubia resumed
      """
    만일 "kubectl rollout status deployment kubia" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      Waiting for deployment "kubia" rollout to finish: 2 out of 3 new replicas have been updated...
      Waiting for deployment "kubia" rollout to finish: 1 old replicas are pending termination...
      deployment "kubia" successfully rolled out
      """
    만일 "kubectl get rs" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME               DESIRED   CURRENT   READY   AGE
      kubia-7cdfc888c4   0         0         0       93s
      kubia-85f868856c   3         3         3       82s
      """
    만일 "kubectl rollout resume deployment kubia" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: deployments.apps "kubia" is not paused
      """
