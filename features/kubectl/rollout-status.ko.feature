# language: ko
기능: rollout status는 kubectl처럼 기다린다
  rollout status의 대기 메시지(T003-09, T004-18, T004-19): 디플로이먼트가 바뀔 때마다 한 줄씩,
  롤아웃이 끝나거나 progress deadline을 넘기거나 --timeout이 지날 때까지 출력한다.

  시나리오: 롤링 업데이트를 한 줄씩 지켜본다
    조건 "kubectl create deployment web --image=nginx:1.25 --replicas=4" 명령을 실행했다
    그리고 "kubectl rollout status deployment web" 명령을 실행했다
    만일 "kubectl set image deployment web nginx=nginx:1.26" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/web image updated
      """
    만일 "kubectl rollout status deployment web" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      Waiting for deployment "web" rollout to finish: 2 out of 4 new replicas have been updated...
      Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
      deployment "web" successfully rolled out
      """

  시나리오: 레디니스 프로브가 망가진 v3를 progress deadline까지 막는다
    조건 "luksa/kubia:v3" 이미지는 처음 4번의 요청만 정상 처리하고 5번째 요청부터 500 오류를 반환한다
    그리고 "kubectl apply -f features/manifests/kubia-deployment-v1.yaml" 명령을 실행했다
    그리고 "kubectl rollout status deployment kubia" 명령을 실행했다
    만일 "kubectl apply -f features/manifests/kubia-v3-readiness.yaml" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/kubia configured
      """
    만일 "kubectl rollout status deploy kubia --timeout=1m" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: timed out waiting for the condition
      """
    만일 "kubectl get po" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME                     READY   STATUS    RESTARTS   AGE
      kubia-5ff5454c-8c8pl     0/1     Running   0          60s
      kubia-7cdfc888c4-htnjq   1/1     Running   0          61s
      kubia-7cdfc888c4-nnwks   1/1     Running   0          61s
      kubia-7cdfc888c4-t5qwn   1/1     Running   0          61s
      """
    만일 "kubectl rollout status deploy kubia" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: deployment "kubia" exceeded its progress deadline
      """
    만일 "kubectl describe deploy kubia" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      Name:                   kubia
      Namespace:              default
      CreationTimestamp:      Thu, 01 Jan 2026 00:00:00 +0000
      Labels:                 <none>
      Annotations:            deployment.kubernetes.io/revision: 2
      Selector:               app=kubia
      Replicas:               3 desired | 1 updated | 4 total | 3 available | 1 unavailable
      StrategyType:           RollingUpdate
      MinReadySeconds:        10
      RollingUpdateStrategy:  0 max unavailable, 1 max surge
      Pod Template:
        Labels:  app=kubia
        Containers:
         nodejs:
          Image:         luksa/kubia:v3
          Port:          <none>
          Host Port:     <none>
          Readiness:     http-get http://:8080/ delay=0s timeout=1s period=1s #success=1 #failure=3
          Environment:   <none>
          Mounts:        <none>
        Volumes:         <none>
        Node-Selectors:  <none>
        Tolerations:     <none>
      Conditions:
        Type           Status  Reason
        ----           ------  ------
        Available      True    MinimumReplicasAvailable
        Progressing    False   ProgressDeadlineExceeded
      OldReplicaSets:  kubia-7cdfc888c4 (3/3 replicas created)
      NewReplicaSet:   kubia-5ff5454c (1/1 replicas created)
      Events:
        Type    Reason             Age   From                   Message
        ----    ------             ----  ----                   -------
        Normal  ScalingReplicaSet  10m   deployment-controller  Scaled up replica set kubia-7cdfc888c4 from 0 to 3
        Normal  ScalingReplicaSet  10m   deployment-controller  Scaled up replica set kubia-5ff5454c from 0 to 1
      """
    만일 "kubectl rollout undo deployment kubia" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/kubia rolled back
      """
    만일 "kubectl rollout status deploy kubia" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment "kubia" successfully rolled out
      """

  시나리오: --watch=false면 현재 상태를 한 번만 출력한다
    조건 "kubectl create deployment web --image=nginx:1.25 --replicas=3" 명령을 실행했다
    만일 "kubectl rollout status deployment web --watch=false" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      Waiting for deployment spec update to be observed...
      """
    만일 5초가 지나면
    그리고 "kubectl rollout status deployment web --watch=false" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment "web" successfully rolled out
      """
    만일 "kubectl rollout status deployment web --revision=2" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: desired revision (2) is different from the running revision (1)
      """
