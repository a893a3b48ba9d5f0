# language: ko
기능: 쿠버네티스 이벤트는 client-go처럼 합쳐지고, 세어지고, 걸러진다
  컨트롤러와 kubelet은 client-go의 이벤트 상관기(correlator)를 거쳐 이벤트를 기록한다. 한 오브젝트에
  대해 같은 출처·유형·사유에 메시지만 다른 이벤트가 10분 안에 10번째로 나오면 그때부터는 합쳐진
  이벤트 하나가 나머지를 대신하고, 똑같은 이벤트는 횟수(count)만 늘어난다. 또 한 출처는 한
  오브젝트에 대해 이벤트를 한꺼번에 25개까지 기록할 수 있고, 그 뒤로는 5분에 하나씩만 기록된다.
  그래서 파드 10개짜리 레플리카셋에는 "Created pod" 이벤트 9개와 "(combined from similar events)"
  이벤트 1개가 남는다.

  시나리오: 파드 10개: 이벤트 9개와 합쳐진 이벤트 1개
    조건 "kubectl create deployment web --image=nginx:1.25 --replicas=10" 명령을 실행했다
    만일 1분이 지나면
    그리고 "kubectl get events --field-selector involvedObject.kind=ReplicaSet -o custom-columns=COUNT:.count,MESSAGE:.message" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      COUNT   MESSAGE
      1       Created pod: web-68bf9f694d-nnwks
      1       Created pod: web-68bf9f694d-t5qwn
      1       Created pod: web-68bf9f694d-htnjq
      1       Created pod: web-68bf9f694d-vpfq8
      1       Created pod: web-68bf9f694d-j6nfq
      1       Created pod: web-68bf9f694d-gkx5g
      1       Created pod: web-68bf9f694d-jfsjr
      1       Created pod: web-68bf9f694d-kfrdg
      1       Created pod: web-68bf9f694d-jz87v
      1       (combined from similar events): Created pod: web-68bf9f694d-sdrx2
      """

  시나리오: 파드 30개: 25개 한도를 다 쓰면 횟수만 늘고, 5분 뒤 다음 이벤트가 그 횟수를 싣고 기록된다
    조건 "kubectl create deployment web --image=nginx:1.25 --replicas=30" 명령을 실행했다
    만일 1분이 지나면
    그리고 "kubectl get events --field-selector involvedObject.kind=ReplicaSet -o custom-columns=COUNT:.count,LAST:.lastTimestamp,MESSAGE:.message" 명령을 실행하면
    그러면 출력에 "16      2026-01-01T00:00:00Z   (combined from similar events): Created pod: web-68bf9f694d-"이 포함된다
    만일 4분이 지나면
    그리고 "kubectl scale deployment web --replicas=31" 명령을 실행하면
    그리고 1분이 지나면
    그리고 "kubectl get events --field-selector involvedObject.kind=ReplicaSet -o custom-columns=COUNT:.count,LAST:.lastTimestamp,MESSAGE:.message" 명령을 실행하면
    그러면 출력에 "22      2026-01-01T00:05:00Z   (combined from similar events): Created pod: web-68bf9f694d-"이 포함된다

  시나리오: 두 번 롤아웃하면 디플로이먼트의 10번째 스케일 이벤트는 합쳐진 이벤트가 된다
    조건 "kubectl create deployment web --image=nginx:1.25 --replicas=10" 명령을 실행했다
    만일 1분이 지나면
    그리고 "kubectl set image deployment/web nginx=nginx:1.26" 명령을 실행하면
    그리고 2분이 지나면
    그리고 "kubectl set image deployment/web nginx=nginx:1.27" 명령을 실행하면
    그리고 2분이 지나면
    그리고 "kubectl describe deployment web" 명령을 실행하면
    그러면 출력에 다음 내용이 포함된다:
      """
        Normal  ScalingReplicaSet  2m                 deployment-controller  Scaled down replica set web-865f4cf4d9 from 10 to 8
        Normal  ScalingReplicaSet  118s (x4 over 2m)  deployment-controller  (combined from similar events): Scaled down replica set web-865f4cf4d9 from 3 to 0
      """

  시나리오: 크래시 루프에서는 파드 워커가 재시도할 때마다 BackOff가 기록되고, 한도를 다 쓴 뒤에는 BackOff가 기록된다
    조건 "crash:1" 이미지는 시작하자마자 비정상 종료된다
    그리고 "kubectl create deployment crash --image=crash:1" 명령을 실행했다
    만일 10분이 지나면
    그리고 "kubectl describe pods" 명령을 실행하면
    그러면 출력에 다음 내용이 포함된다:
      """
        Normal   Pulled     8m49s (x5 over 9m59s)   kubelet            Container image "crash:1" already present on machine
        Normal   Created    8m49s (x5 over 9m59s)   kubelet            Created container crash
        Normal   Started    8m49s (x5 over 9m59s)   kubelet            Started container crash
      """
    그리고 출력에 "Warning  BackOff    4m59s (x31 over 9m59s)  kubelet            Back-off restarting failed container crash in pod crash-"이 포함된다
