# language: ko
기능: 잡은 파드를 끝까지 실행한다
  잡은 한 번에 최대 parallelism개의 파드를 실행하며, completions개가 성공할 때까지 계속한다.
  실패한 파드는 backoffLimit에 누적되고, 그 한도를 넘으면 잡은 BackoffLimitExceeded로 실패한다.

  시나리오: 완료 3번을 한 번에 2개씩 실행한다
    조건 "busybox:1.36" 이미지는 5초 뒤에 작업을 마치고 종료된다
    만일 다음 매니페스트를 적용하면:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: batch-job
      spec:
        completions: 3
        parallelism: 2
        template:
          spec:
            restartPolicy: OnFailure
            containers:
            - name: main
              image: busybox:1.36
      """
    그리고 20초가 지나면
    그리고 "kubectl get jobs" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME        STATUS     COMPLETIONS   DURATION   AGE
      batch-job   Complete   3/3           12s        20s
      """
    만일 "kubectl get pods" 명령을 실행하면
    그러면 출력에 "Completed"가 포함된다

  시나리오: 계속 실패하는 잡은 backoffLimit에서 멈춘다
    조건 "busybox:broken" 이미지는 2초 뒤에 비정상 종료된다
    만일 다음 매니페스트를 적용하면:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: failing
      spec:
        backoffLimit: 2
        template:
          spec:
            restartPolicy: Never
            containers:
            - name: main
              image: busybox:broken
      """
    그리고 2분이 지나면
    그리고 "kubectl get job failing" 명령을 실행하면
    그러면 출력에 "Failed"가 포함된다
    그리고 출력에 "0/1"이 포함된다

  시나리오: 잡의 파드 템플릿은 restartPolicy가 Always일 수 없다
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: wrong
      spec:
        template:
          spec:
            containers:
            - name: main
              image: busybox:1.36
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      The Job "wrong" is invalid: spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never"
      """
    그리고 클러스터는 그대로다
