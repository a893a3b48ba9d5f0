# language: ko
기능: 레플리카셋은 레이블로 파드를 입양하고 놓아준다
  레플리카셋은 셀렉터에 맞는 모든 파드를 소유한다. 주인이 없는 파드가 셀렉터에 맞으면 입양하고(그만큼 새 파드를
  덜 만든다), 레이블이 더 이상 맞지 않는 파드는 놓아주고 새 파드로 채운다.

  배경:
    조건 다음 매니페스트를 적용했다:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: lonely
        labels:
          app: kubia
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:v1
      """

  시나리오: 셀렉터에 맞는 주인 없는 파드는 레플리카셋이 입양한다
    만일 다음 매니페스트를 적용하면:
      """
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata:
        name: kubia
      spec:
        replicas: 3
        selector:
          matchLabels:
            app: kubia
        template:
          metadata:
            labels:
              app: kubia
          spec:
            containers:
            - name: kubia
              image: luksa/kubia:v1
      """
    그리고 10초가 지나면
    그리고 "kubectl get rs kubia" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME    DESIRED   CURRENT   READY   AGE
      kubia   3         3         3       10s
      """
    만일 "kubectl get pod lonely -o jsonpath={.metadata.ownerReferences[0].name}" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      kubia
      """

  시나리오: 레이블을 바꿔 셀렉터에서 벗어난 파드는 놓아주고 새 파드로 채운다
    조건 다음 매니페스트를 적용한다:
      """
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata:
        name: kubia
      spec:
        replicas: 3
        selector:
          matchLabels:
            app: kubia
        template:
          metadata:
            labels:
              app: kubia
          spec:
            containers:
            - name: kubia
              image: luksa/kubia:v1
      """
    그리고 10초가 지나면
    만일 "kubectl label pod lonely app=debug --overwrite" 명령을 실행하면
    그리고 10초가 지나면
    그리고 "kubectl get pods -l app=kubia --no-headers -o name" 명령을 실행하면
    그러면 출력에 "pod/kubia-"가 포함된다
    만일 "kubectl get pods --no-headers" 명령을 실행하면
    그러면 출력에 "lonely"가 포함된다
    만일 "kubectl get rs kubia" 명령을 실행하면
    그러면 출력에 "kubia   3         3         3"이 포함된다
