# language: ko
기능: ReadWriteOnce 디스크를 쓰는 파드가 다른 노드로 옮겨 가면 디스크도 따라간다
  디플로이먼트 튜토리얼은 파드 하나와 퍼시스턴트 볼륨으로 MySQL 고가용성 구성을 만든다. 어느 노드든
  볼륨을 마운트할 수 있으므로, 파드가 있던 노드를 drain하면 파드는 다른 노드에서 같은 데이터로 다시
  시작된다. 클라우드 디스크(ReadWriteOnce)는 한 번에 한 노드에만 연결된다. attach/detach 컨트롤러는
  이전 파드가 사라진 뒤에 디스크를 이전 노드에서 분리하고 새 노드에 연결한다. 그때까지 새 파드는
  Multi-Attach 오류와 함께 ContainerCreating 상태로 기다린다. 연락이 끊긴 노드는 디스크를 언마운트했다고
  알려 줄 수 없으므로, 디스크는 노드가 돌아올 때까지, 또는 그 파드를 강제로 지운 뒤 6분이 지날 때까지
  그대로 남는다. (데이터 자체는 시뮬레이션하지 않는다.)

  배경:
    조건 노드 2개로 된 클러스터가 있다
    그리고 기본 스토리지 클래스는 "standard-rwo"이고 "pd.csi.storage.gke.io"가 볼륨을 만든다
    만일 "kubectl apply -f features/manifests/storage/mysql-ha.yaml" 명령을 실행하면
    그리고 1분이 지나면
    그러면 디플로이먼트 "mysql"의 파드 중 1개가 노드 "node-1"에 있다
    그리고 PVC "gvol-1"의 볼륨은 노드 "node-1"에 연결되어 있다

  시나리오: 노드를 drain하면 MySQL과 디스크가 함께 다른 노드로 옮겨 간다
    만일 "kubectl cordon node-1" 명령을 실행하면
    그러면 출력에 "node/node-1 cordoned"가 포함된다
    만일 "kubectl drain node-1 --ignore-daemonsets" 명령을 실행하면
    그러면 출력에 "node/node-1 already cordoned"가 포함된다
    그리고 출력에 "node/node-1 drained"가 포함된다
    그리고 노드 "node-2"에 있는 디플로이먼트 "mysql"의 파드는 "ContainerCreating" 상태다
    만일 "kubectl get events --field-selector reason=FailedAttachVolume" 명령을 실행하면
    그러면 출력에 "Multi-Attach error for volume"이 포함된다
    그리고 출력에 "Volume is already used by pod(s) mysql-"가 포함된다
    만일 30초가 지나면
    그러면 노드 "node-2"에 있는 디플로이먼트 "mysql"의 파드는 "Running" 상태다
    그리고 디플로이먼트 "mysql"의 사용 가능한 레플리카는 지금 1개다
    그리고 PVC "gvol-1"의 볼륨은 노드 "node-2"에 연결되어 있다
    만일 "kubectl uncordon node-1" 명령을 실행하면
    그러면 출력에 "node/node-1 uncordoned"가 포함된다

  시나리오: 연락이 끊긴 노드는 돌아올 때까지 디스크를 놓지 않는다
    만일 노드 "node-1"이 중지되면
    그리고 6분이 지나면
    그러면 디플로이먼트 "mysql"의 파드 1개가 노드 "node-1"에서 종료 중이다
    그리고 노드 "node-2"에 있는 디플로이먼트 "mysql"의 파드는 "ContainerCreating" 상태다
    그리고 PVC "gvol-1"의 볼륨은 여전히 노드 "node-1"에 연결되어 있다
    만일 20분이 지나면
    그러면 노드 "node-2"에 있는 디플로이먼트 "mysql"의 파드는 "ContainerCreating" 상태다
    만일 노드 "node-1"이 다시 구동되면
    그리고 1분이 지나면
    그러면 노드 "node-2"에 있는 디플로이먼트 "mysql"의 파드는 "Running" 상태다
    그리고 PVC "gvol-1"의 볼륨은 노드 "node-2"에 연결되어 있다
    그리고 디플로이먼트 "mysql"의 파드 중 0개가 노드 "node-1"에 있다

  시나리오: 연락이 끊긴 노드의 파드를 강제로 지우면 6분 뒤에 디스크가 풀린다
    만일 노드 "node-1"이 중지되면
    그리고 6분이 지나면
    그리고 "kubectl delete pods --field-selector spec.nodeName=node-1 --force --grace-period=0" 명령을 실행하면
    그러면 출력에 "force deleted"가 포함된다
    만일 5분이 지나면
    그러면 노드 "node-2"에 있는 디플로이먼트 "mysql"의 파드는 "ContainerCreating" 상태다
    그리고 PVC "gvol-1"의 볼륨은 여전히 노드 "node-1"에 연결되어 있다
    만일 2분이 지나면
    그러면 노드 "node-2"에 있는 디플로이먼트 "mysql"의 파드는 "Running" 상태다
    그리고 PVC "gvol-1"의 볼륨은 노드 "node-2"에 연결되어 있다
