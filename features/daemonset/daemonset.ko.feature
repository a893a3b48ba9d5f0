# language: ko
기능: 데몬셋은 조건에 맞는 모든 노드에서 파드를 하나씩 실행한다
  데몬셋은 파드를 실행할 수 있는 노드마다 정확히 하나의 파드를 둔다. 그 노드는 nodeSelector와 노드
  어피니티에 맞고, NoSchedule / NoExecute 테인트를 모두 용인할 수 있는 노드다. 데몬 파드는 노드 문제를 뜻하는
  테인트를 자동으로 용인하므로 cordon 된 노드나 NotReady 노드에서도 유지된다. 클러스터에 새 노드가 들어오면
  그 노드에도 파드가 생긴다. 파드 이름은 <데몬셋>-<임의의 5글자>이고, 템플릿의 controller-revision-hash
  라벨이 붙는다.

  @nodes-3
  시나리오: 모든 노드에 파드가 하나씩 있다
    조건 "fluentd:1.16" 이미지로 데몬셋 "fluentd"가 있다
    그러면 데몬셋 "fluentd"는 모든 노드에서 파드를 하나씩 실행한다
    만일 "kubectl get ds fluentd" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME      DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
      fluentd   3         3         3       3            3           <none>          1s
      """
    만일 "kubectl get pods -o wide --show-labels" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME            READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES   LABELS
      fluentd-5vpfq   1/1     Running   0          1s    10.244.2.2   node-3   <none>           <none>            app=fluentd,controller-revision-hash=ff544674b,pod-template-generation=1
      fluentd-8t5qw   1/1     Running   0          1s    10.244.0.2   node-1   <none>           <none>            app=fluentd,controller-revision-hash=ff544674b,pod-template-generation=1
      fluentd-jhtnj   1/1     Running   0          1s    10.244.1.2   node-2   <none>           <none>            app=fluentd,controller-revision-hash=ff544674b,pod-template-generation=1
      """

  @nodes-2
  시나리오: 클러스터에 합류한 노드에도 파드가 생긴다
    조건 "agent:1" 이미지로 데몬셋 "agent"가 있다
    그러면 데몬셋 "agent"의 파드는 2개다
    만일 노드 "node-3"이 클러스터에 합류하면
    그러면 데몬셋 "agent"의 파드가 노드 "node-3"에 있다
    그리고 데몬셋 "agent"는 모든 노드에서 파드를 하나씩 실행한다
    만일 "kubectl get ds agent" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME    DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
      agent   3         3         3       3            3           <none>          2s
      """

  @nodes-3
  시나리오: nodeSelector가 노드를 고르고, 노드에 라벨을 붙이면 그 노드에도 파드가 생긴다
    조건 노드 "node-2"에 "disk=ssd" 라벨을 붙였다
    그리고 "disk=ssd" 라벨이 붙은 노드에만 "monitor:1" 이미지로 데몬셋 "ssd-monitor"가 있다
    그러면 데몬셋 "ssd-monitor"의 파드는 1개다
    그리고 데몬셋 "ssd-monitor"의 파드가 노드 "node-2"에 있다
    만일 노드 "node-3"에 "disk=ssd" 라벨을 붙이면
    그러면 데몬셋 "ssd-monitor"의 파드는 2개다
    그리고 데몬셋 "ssd-monitor"의 파드가 노드 "node-3"에 있다
    만일 "kubectl get ds" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME          DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
      ssd-monitor   2         2         2       2            2           disk=ssd        2s
      """

  @nodes-3
  시나리오: 테인트는 데몬 파드를 막지만 cordon은 막지 않는다
    조건 노드 "node-3"에 "dedicated=gpu:NoSchedule" 테인트를 걸었다
    그리고 "kubectl cordon node-2" 명령을 실행했다
    그리고 "agent:1" 이미지로 데몬셋 "agent"가 있다
    그러면 데몬셋 "agent"의 파드는 2개다
    그리고 데몬셋 "agent"의 파드가 노드 "node-2"에 있다
    그리고 데몬셋 "agent"의 파드는 노드 "node-3"에 없다
