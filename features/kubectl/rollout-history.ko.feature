# language: ko
기능: 롤아웃 상태, 이력, 되돌리기의 출력
  튜토리얼 004(T004-03…11)를 v1.32 형식으로 재현한다. --record는 명령을 변경 사유로 남기고, 그 뒤
  --record 없이 실행한 명령은 그 사유를 그대로 물려받는다. undo는 이전 레플리카셋을 새 리비전 번호로
  되살린다.

  시나리오: --record로 만들고, 롤아웃을 지켜보고, 이력을 읽는다
    만일 "kubectl create -f features/manifests/kubia-deployment-v1.yaml --record" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/kubia created
      """
    만일 "kubectl rollout status deployment kubia" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      Waiting for deployment "kubia" rollout to finish: 0 of 3 updated replicas are available...
      deployment "kubia" successfully rolled out
      """
    만일 "kubectl rollout history deployment kubia" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/kubia 
      REVISION  CHANGE-CAUSE
      1         kubectl create --filename=features/manifests/kubia-deployment-v1.yaml --record=true

      """

  시나리오: 이미지를 v2로 바꾸면 두 번째 레플리카셋이 생기고 이전 것은 0개로 남는다
    조건 "kubectl create -f features/manifests/kubia-deployment-v1.yaml --record" 명령을 실행했다
    그리고 "kubectl rollout status deployment kubia" 명령을 실행했다
    만일 1분이 지나면
    그리고 "kubectl set image deployment kubia nodejs=luksa/kubia:v2" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/kubia image updated
      """
    만일 "kubectl rollout status deployment kubia" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      Waiting for deployment "kubia" rollout to finish: 1 out of 3 new replicas have been updated...
      Waiting for deployment "kubia" rollout to finish: 2 out of 3 new replicas have been updated...
      Waiting for deployment "kubia" rollout to finish: 1 old replicas are pending termination...
      deployment "kubia" successfully rolled out
      """
    만일 "kubectl get rs" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME               DESIRED   CURRENT   READY   AGE
      kubia-7cdfc888c4   0         0         0       64s
      kubia-b59ddbdf     3         3         3       3s
      """
    만일 "kubectl rollout history deployment kubia" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/kubia 
      REVISION  CHANGE-CAUSE
      1         kubectl create --filename=features/manifests/kubia-deployment-v1.yaml --record=true
      2         kubectl create --filename=features/manifests/kubia-deployment-v1.yaml --record=true

      """
    만일 "kubectl rollout history deployment kubia --revision=2" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/kubia with revision #2
      Pod Template:
        Labels:	app=kubia
      	pod-template-hash=b59ddbdf
        Containers:
         nodejs:
          Image:	luksa/kubia:v2
          Port:	<none>
          Host Port:	<none>
          Environment:	<none>
          Mounts:	<none>
        Volumes:	<none>
        Node-Selectors:	<none>
        Tolerations:	<none>

      """

  시나리오: 망가진 v3도 끝까지 롤아웃되고, undo하면 v2가 리비전 4로 돌아온다
    조건 "luksa/kubia:v3" 이미지는 처음 4번의 요청만 정상 처리하고 5번째 요청부터 500 오류를 반환한다
    그리고 "kubectl create -f features/manifests/kubia-deployment-v1.yaml --record" 명령을 실행했다
    그리고 "kubectl rollout status deployment kubia" 명령을 실행했다
    만일 "kubectl set image deployment kubia nodejs=luksa/kubia:v2 --record" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/kubia image updated
      """
    조건 "kubectl rollout status deployment kubia" 명령을 실행했다
    만일 "kubectl set image deployment kubia nodejs=luksa/kubia:v3 --record" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/kubia image updated
      """
    조건 "kubectl rollout status deployment kubia" 명령을 실행했다
    만일 "kubectl get po" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME                     READY   STATUS        RESTARTS   AGE
      kubia-5bb846f976-bkfrd   1/1     Running       0          3s
      kubia-5bb846f976-jjz87   1/1     Running       0          2s
      kubia-5bb846f976-wsdrx   1/1     Running       0          1s
      kubia-b59ddbdf-q2h6w     1/1     Terminating   0          5s
      """
    만일 "kubectl rollout undo deployment kubia" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/kubia rolled back
      """
    만일 "kubectl rollout status deployment kubia" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      Waiting for deployment "kubia" rollout to finish: 1 out of 3 new replicas have been updated...
      Waiting for deployment "kubia" rollout to finish: 2 out of 3 new replicas have been updated...
      Waiting for deployment "kubia" rollout to finish: 1 old replicas are pending termination...
      deployment "kubia" successfully rolled out
      """
    만일 "kubectl rollout history deployment kubia" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/kubia 
      REVISION  CHANGE-CAUSE
      1         kubectl create --filename=features/manifests/kubia-deployment-v1.yaml --record=true
      3         kubectl set image deployment kubia nodejs=luksa/kubia:v3 --record=true
      4         kubectl set image deployment kubia nodejs=luksa/kubia:v2 --record=true

      """
    만일 "kubectl rollout undo deployment kubia --to-revision=1" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/kubia rolled back
      """
    만일 "kubectl rollout status deployment kubia" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      Waiting for deployment "kubia" rollout to finish: 1 out of 3 new replicas have been updated...
      Waiting for deployment "kubia" rollout to finish: 2 out of 3 new replicas have been updated...
      Waiting for deployment "kubia" rollout to finish: 1 old replicas are pending termination...
      deployment "kubia" successfully rolled out
      """
    만일 "kubectl rollout history deployment kubia" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/kubia 
      REVISION  CHANGE-CAUSE
      3         kubectl set image deployment kubia nodejs=luksa/kubia:v3 --record=true
      4         kubectl set image deployment kubia nodejs=luksa/kubia:v2 --record=true
      5         kubectl create --filename=features/manifests/kubia-deployment-v1.yaml --record=true

      """
    만일 "kubectl rollout undo deployment kubia --to-revision=2" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: unable to find specified revision 2 in history
      """
