# language: ko
기능: 노드를 drain할 때 PodDisruptionBudget을 지킨다
  kubectl drain은 Eviction API로 파드를 축출한다. 더 이상 중단을 허용하지 않는 PodDisruptionBudget이 있으면
  API는 429로 답하고, kubectl은 5초마다 다시 시도한다. 대신할 파드는 다른 노드에서 시작된다.

  배경:
    조건 노드 2개로 된 클러스터가 있다
    그리고 "mysql:5.7" 이미지로 레플리카 1개를 띄운 디플로이먼트 "db"가 있다
    그리고 다음 매니페스트를 적용했다:
      """
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata:
        name: db-pdb
      spec:
        minAvailable: 1
        selector:
          matchLabels:
            app: db
      """

  시나리오: 여유가 없는 PodDisruptionBudget은 drain을 막는다
    만일 "kubectl drain node-1 --ignore-daemonsets --timeout=20s" 명령을 실행하면
    그러면 출력에 'error when evicting pods/"db-'가 포함된다
    그리고 출력에 "Cannot evict pod as it would violate the pod's disruption budget."이 포함된다
    그리고 디플로이먼트 "db"의 파드 중 1개가 노드 "node-1"에 있다

  시나리오: 레플리카가 2개가 되면 drain이 끝나고 파드는 다른 노드로 옮겨 간다
    조건 디플로이먼트 "db"의 레플리카를 2개로 늘린다
    그리고 롤아웃이 끝난다
    만일 "kubectl drain node-1 --ignore-daemonsets --timeout=2m" 명령을 실행하면
    그러면 출력에 "node/node-1 drained"가 포함된다
    그리고 디플로이먼트 "db"의 파드 중 0개가 노드 "node-1"에 있다
    그리고 디플로이먼트 "db"의 파드 중 2개가 노드 "node-2"에 있다
    그리고 디플로이먼트 "db"의 사용 가능한 레플리카는 2개다
