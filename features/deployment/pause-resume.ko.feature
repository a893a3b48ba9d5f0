# language: ko
기능: 롤아웃을 일시 정지해 카나리로 쓰기
  이미지를 바꾸고 바로 롤아웃을 일시 정지하면 첫 번째 새 파드가 이전 파드들과 함께 구동된다. 이것이
  카나리다. 일시 정지한 동안에는 롤아웃이 더 진행되지 않고 (진행 데드라인도 흐르지 않는다), 재개하면
  롤아웃이 끝까지 진행된다. 일시 정지한 디플로이먼트는 롤백할 수 없다.

  배경:
    먼저 디플로이먼트 "kubia"가 "luksa/kubia:v1" 이미지로 레플리카 3개를 실행 중이고 maxSurge는 1, maxUnavailable은 0이다

  시나리오: 이미지를 바꾸고 바로 일시 정지하면 새 파드 1개만 기존 파드 3개와 함께 뜨고, 재개하면 끝까지 롤아웃된다
    만일 "kubectl set image deployment kubia kubia=luksa/kubia:v4" 명령을 실행하면
    그리고 "kubectl rollout pause deployment kubia" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/kubia paused
      """
    만일 15분이 지나면
    그러면 롤아웃은 이전 파드 3개, 새 파드 1개에서 멈춘다
    그리고 디플로이먼트의 Progressing 조건은 Unknown이고 이유는 DeploymentPaused로 표시된다
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
    그리고 디플로이먼트 "kubia"의 모든 파드는 "luksa/kubia:v4" 이미지로 실행된다
    그리고 디플로이먼트의 Progressing 조건은 True이고 이유는 NewReplicaSetAvailable로 표시된다

  시나리오: 일시 정지한 동안 바꾼 내용은 재개할 때 한꺼번에 롤아웃된다
    조건 롤아웃을 일시 정지했다
    만일 이미지를 "luksa/kubia:v2"로 바꾸면
    그리고 1분이 지나면
    그러면 디플로이먼트 "kubia"의 업데이트된 레플리카는 0개다
    그리고 디플로이먼트 "kubia"의 레플리카셋은 1개다
    만일 롤아웃을 재개하면
    그러면 디플로이먼트 "kubia"의 모든 파드는 "luksa/kubia:v2" 이미지로 실행된다
    그리고 디플로이먼트 "kubia"의 레플리카셋은 2개다

  시나리오: 이미 일시 정지한 롤아웃을 또 일시 정지하면 오류가 난다
    조건 롤아웃을 일시 정지했다
    만일 "kubectl rollout pause deployment kubia" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: deployments.apps "kubia" is already paused
      """
