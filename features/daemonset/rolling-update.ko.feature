# language: ko
기능: 데몬셋 업데이트
  데몬셋의 updateStrategy 기본값은 RollingUpdate(maxUnavailable 1, maxSurge 0)라서 한 번에 노드 하나씩
  이전 파드를 지우고, 이전 파드가 완전히 사라진 뒤에 새 파드를 만든다. 퍼센트 값은 파드를 실행해야 하는
  노드 수에 대해 올림한다. maxSurge를 주면(maxUnavailable은 0) 새 파드가 이전 파드 옆에서 먼저 뜨고, 새 파드가
  사용 가능해지면 이전 파드를 지운다. OnDelete로 두면 직접 지운 파드만 새 템플릿으로 바뀐다.

  @nodes-3
  시나리오: 기본 전략은 노드를 하나씩 바꾼다
    조건 "fluentd:1.16" 이미지로 데몬셋 "fluentd"가 있다
    만일 데몬셋 "fluentd"의 이미지를 "fluentd:1.17"로 바꾸면
    그러면 롤아웃 동안 데몬셋 "fluentd"의 준비된 파드가 없는 노드는 최대 1개다
    그리고 롤아웃 동안 한 노드에서 실행되는 데몬셋 "fluentd"의 파드는 최대 1개다
    그리고 데몬셋 "fluentd"의 모든 파드는 "fluentd:1.17" 이미지로 실행된다
    그리고 데몬셋 "fluentd"는 모든 노드에서 파드를 하나씩 실행한다

  @nodes-3
  시나리오: kubectl rollout status로 데몬셋 업데이트를 따라간다
    조건 "fluentd:1.16" 이미지로 데몬셋 "fluentd"가 있다
    만일 "kubectl set image daemonset fluentd fluentd=fluentd:1.17" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      daemonset.apps/fluentd image updated
      """
    만일 "kubectl rollout status daemonset fluentd" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      Waiting for daemon set "fluentd" rollout to finish: 0 out of 3 new pods have been updated...
      Waiting for daemon set "fluentd" rollout to finish: 1 out of 3 new pods have been updated...
      Waiting for daemon set "fluentd" rollout to finish: 2 out of 3 new pods have been updated...
      Waiting for daemon set "fluentd" rollout to finish: 2 of 3 updated pods are available...
      daemon set "fluentd" successfully rolled out
      """
    만일 "kubectl rollout history daemonset fluentd" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      daemonset.apps/fluentd 
      REVISION  CHANGE-CAUSE
      1         <none>
      2         <none>

      """

  @nodes-4
  시나리오: 노드 4개에 maxUnavailable 50%이면 노드 두 개씩 바꾼다
    조건 "agent:1" 이미지로 데몬셋 "agent"가 maxUnavailable 50%로 있다
    만일 데몬셋 "agent"의 이미지를 "agent:2"로 바꾸면
    그러면 롤아웃 동안 데몬셋 "agent"의 준비된 파드가 없는 노드는 최대 2개다
    그리고 데몬셋 "agent"의 모든 파드는 "agent:2" 이미지로 실행된다

  @nodes-3
  시나리오: maxSurge가 있으면 이전 파드를 지우기 전에 새 파드가 먼저 뜬다
    조건 "agent:1" 이미지로 데몬셋 "agent"가 maxSurge 1로 있다
    만일 데몬셋 "agent"의 이미지를 "agent:2"로 바꾸면
    그러면 롤아웃 동안 모든 노드에 데몬셋 "agent"의 준비된 파드가 항상 있다
    그리고 롤아웃 중 한 노드에서 데몬셋 "agent"의 파드 2개가 동시에 실행되는 순간이 있다
    그리고 롤아웃 동안 한 노드에서 실행되는 데몬셋 "agent"의 파드는 최대 2개다
    그리고 데몬셋 "agent"의 모든 파드는 "agent:2" 이미지로 실행된다

  @nodes-3
  시나리오: OnDelete는 파드를 지울 때만 바꾼다
    조건 "agent:1" 이미지로 OnDelete 전략의 데몬셋 "agent"가 있다
    만일 데몬셋 "agent"의 이미지를 "agent:2"로 바꾸면
    그리고 1분이 지나면
    그러면 데몬셋 "agent"의 파드 중 3개가 "agent:1" 이미지로 실행된다
    만일 노드 "node-2"에 있는 데몬셋 "agent"의 파드를 삭제하면
    그러면 데몬셋 "agent"의 파드 중 1개가 "agent:2" 이미지로 실행된다
    그리고 데몬셋 "agent"의 파드가 노드 "node-2"에 있다
    만일 "kubectl rollout status daemonset agent" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: rollout status is only available for RollingUpdate strategy type
      """

  @nodes-3
  시나리오: maxSurge와 maxUnavailable을 함께 둘 수는 없다
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: agent
      spec:
        selector:
          matchLabels:
            app: agent
        updateStrategy:
          rollingUpdate:
            maxSurge: 1
        template:
          metadata:
            labels:
              app: agent
          spec:
            containers:
            - name: agent
              image: agent:1
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      The DaemonSet "agent" is invalid: spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: intstr.IntOrString{Type:0, IntVal:1, StrVal:""}: may not be set when maxUnavailable is non-zero
      """
    그리고 클러스터는 그대로다
