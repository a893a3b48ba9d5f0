# language: ko
기능: 리비전, 롤아웃 이력과 롤백
  파드 템플릿이 바뀔 때마다 레플리카셋과 리비전이 하나씩 생기고, 스케일만으로는 생기지 않는다.
  롤아웃 이력은 레플리카셋에 저장된다. `rollout undo`는 이전 리비전(또는 --to-revision으로 지정한
  리비전)으로 되돌리는데, 이때 예전 레플리카셋을 다시 쓰고 그 레플리카셋은 가장 큰 새 리비전 번호를 받는다.

  배경:
    먼저 "kubectl create -f features/manifests/kubia-deployment-v1.yaml --record" 명령을 실행했다
    그리고 "kubectl rollout status deployment kubia" 명령을 실행했다

  시나리오: --record 옵션으로 만들면 변경 이력에 생성 명령이 기록된다
    만일 "kubectl rollout history deployment kubia" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/kubia 
      REVISION  CHANGE-CAUSE
      1         kubectl create --filename=features/manifests/kubia-deployment-v1.yaml --record=true

      """

  시나리오: 이미지를 바꿀 때마다 리비전이 쌓이고, 되돌린 리비전은 새 번호로 이력에 다시 나타난다
    만일 다음 명령을 실행하면:
      """
      kubectl set image deployment kubia nodejs=luksa/kubia:v2 --record
      kubectl rollout status deployment kubia
      kubectl set image deployment kubia nodejs=luksa/kubia:v3 --record
      kubectl rollout status deployment kubia
      """
    그러면 롤아웃 이력의 리비전은 1, 2, 3이다
    만일 "kubectl rollout undo deployment kubia" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/kubia rolled back
      """
    그리고 디플로이먼트 "kubia"의 모든 파드는 "luksa/kubia:v2" 이미지로 실행된다
    그리고 롤아웃 이력에는 리비전 1, 3, 4만 남아 있다
    그리고 리비전 4의 변경 사유는 "kubectl set image deployment kubia nodejs=luksa/kubia:v2 --record=true"이다
    그리고 디플로이먼트 "kubia"의 레플리카셋은 3개다

  시나리오: --to-revision으로 지정한 리비전으로 되돌리기와 그때 만나는 오류들
    조건 "kubectl set image deployment kubia nodejs=luksa/kubia:v2" 명령을 실행했다
    그리고 "kubectl rollout status deployment kubia" 명령을 실행했다
    만일 "kubectl rollout undo deployment kubia --to-revision=2" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/kubia skipped rollback (current template already matches revision 2)
      """
    만일 "kubectl rollout undo deployment kubia --to-revision=9" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: unable to find specified revision 9 in history
      """
    만일 리비전 1로 롤백하면
    그러면 디플로이먼트 "kubia"의 모든 파드는 "luksa/kubia:v1" 이미지로 실행된다
    그리고 롤아웃 이력의 리비전은 2, 3이다

  시나리오: --record 없이 실행한 명령은 이전 변경 사유를 그대로 물려받는다
    만일 "kubectl set image deployment kubia nodejs=luksa/kubia:v2" 명령을 실행하면
    그리고 롤아웃이 끝나면
    그러면 리비전 2의 변경 사유는 "kubectl create --filename=features/manifests/kubia-deployment-v1.yaml --record=true"이다

  시나리오: 되돌릴 이력이 없으면 rollout undo는 실패한다
    만일 "kubectl rollout undo deployment kubia" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: no rollout history found for deployment "kubia"
      """

  시나리오: 레플리카 수만 바꾸면 리비전이 생기지 않는다
    만일 "kubectl scale deployment kubia --replicas=5" 명령을 실행하면
    그리고 롤아웃이 끝나면
    그러면 롤아웃 이력에는 리비전 1만 있다
