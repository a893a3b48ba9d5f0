# language: ko
기능: cordon, drain, uncordon
  튜토리얼 000(T000-15, T000-16): 파드가 어느 노드에 있는지 확인하고, cordon으로 새 파드를 막고,
  drain으로 파드를 내보낸 뒤(kubespec은 파드 목록 순서로 내보내고 사라지는 순서대로 알린다),
  uncordon으로 다시 스케줄할 수 있게 한다.

  @nodes-2
  시나리오: drain하면 파드가 다른 노드로 옮겨 간다
    조건 "kubectl create deployment mysql --image=mysql:5.7" 명령을 실행했다
    만일 1분이 지나면
    그리고 "kubectl get po -o wide" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME                     READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
      mysql-5875bffc46-sxxp8   1/1     Running   0          60s   10.244.0.2   node-1   <none>           <none>
      """
    만일 "kubectl get nodes" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME     STATUS   ROLES           AGE   VERSION
      node-1   Ready    control-plane   60s   v1.32.0
      node-2   Ready    <none>          60s   v1.32.0
      """
    만일 "kubectl cordon node-1" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      node/node-1 cordoned
      """
    만일 "kubectl get nodes" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME     STATUS                     ROLES           AGE   VERSION
      node-1   Ready,SchedulingDisabled   control-plane   60s   v1.32.0
      node-2   Ready                      <none>          60s   v1.32.0
      """
    만일 "kubectl cordon node-1" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      node/node-1 already cordoned
      """
    만일 "kubectl drain node-1 --ignore-daemonsets" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      node/node-1 already cordoned
      evicting pod default/mysql-5875bffc46-sxxp8
      pod/mysql-5875bffc46-sxxp8 evicted
      node/node-1 drained
      """
    만일 "kubectl get po -o wide" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME                     READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
      mysql-5875bffc46-nkt7j   1/1     Running   0          1s    10.244.1.2   node-2   <none>           <none>
      """
    만일 "kubectl uncordon node-1" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      node/node-1 uncordoned
      """
    만일 "kubectl uncordon node-1" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      node/node-1 already uncordoned
      """
    만일 "kubectl get nodes" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME     STATUS   ROLES           AGE   VERSION
      node-1   Ready    control-plane   61s   v1.32.0
      node-2   Ready    <none>          61s   v1.32.0
      """

  @nodes-2
  시나리오: 컨트롤러가 없는 파드는 --force 없이는 drain하지 않는다
    조건 "kubectl apply -f features/manifests/bare-pod.yaml" 명령을 실행했다
    만일 10초가 지나면
    그리고 "kubectl drain node-1" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: unable to drain node "node-1" due to error: cannot delete cannot delete Pods that declare no controller (use --force to override): default/bare, continuing command...
      There are pending nodes to be drained:
       node-1
      cannot delete cannot delete Pods that declare no controller (use --force to override): default/bare
      """
    그리고 출력에 "node/node-1 cordoned"이 포함된다
    만일 "kubectl get nodes" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME     STATUS                     ROLES           AGE   VERSION
      node-1   Ready,SchedulingDisabled   control-plane   10s   v1.32.0
      node-2   Ready                      <none>          10s   v1.32.0
      """
    만일 "kubectl drain node-1 --force" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      node/node-1 already cordoned
      evicting pod default/bare
      pod/bare evicted
      node/node-1 drained
      """
    만일 "kubectl get po" 명령을 실행하면
    그러면 명령이 성공한다
    그리고 출력에 "No resources found in default namespace."이 포함된다
    만일 "kubectl uncordon node-1" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      node/node-1 uncordoned
      """
    만일 "kubectl cordon nosuch" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      Error from server (NotFound): nodes "nosuch" not found
      """
