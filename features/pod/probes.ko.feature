# language: ko
기능: livenessProbe, readinessProbe, startupProbe
  livenessProbe가 실패하면 kubelet은 컨테이너를 죽이고 다시 만든다. readinessProbe가 실패하면 파드가
  준비되지 않은 것으로 표시될 뿐, 트래픽만 끊기고 재시작되지는 않는다. startupProbe가 성공하기 전에는
  다른 프로브가 동작하지 않으므로, 늦게 기동하는 애플리케이션을 보호한다.

  시나리오: /healthz가 500을 돌려주기 시작하면 kubelet이 컨테이너를 새로 만든다
    조건 "k8s.gcr.io/liveness" 이미지는 10초 뒤부터 상태 검사에 실패한다
    그리고 다음 매니페스트를 적용했다:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        labels:
          test: liveness
        name: liveness-http
      spec:
        containers:
        - name: liveness
          image: k8s.gcr.io/liveness
          args:
          - /server
          livenessProbe:
            httpGet:
              path: /healthz
              port: 8080
              httpHeaders:
              - name: Custom-Header
                value: Awesome
            initialDelaySeconds: 3
            periodSeconds: 3
      """
    만일 17초가 지나면
    그러면 파드 "liveness-http"의 재시작 횟수는 0이다
    만일 2초가 지나면
    그러면 파드 "liveness-http"의 재시작 횟수는 1이다
    만일 "kubectl get events --field-selector involvedObject.name=liveness-http" 명령을 실행하면
    그러면 출력에 "Liveness probe failed: HTTP probe failed with statuscode: 500"이 포함된다
    그리고 출력에 "Container liveness failed liveness probe, will be restarted"가 포함된다

  시나리오: readinessProbe가 실패하면 트래픽만 끊기고 재시작되지는 않는다
    조건 "app:never" 이미지는 끝내 준비 상태가 되지 않는다
    그리고 다음 매니페스트를 적용했다:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: never-ready
      spec:
        containers:
        - name: app
          image: app:never
          readinessProbe:
            httpGet:
              path: /
              port: 8080
            periodSeconds: 5
      """
    만일 5분이 지나면
    그러면 파드 "never-ready"는 준비되지 않은 상태다
    그리고 파드 "never-ready"의 재시작 횟수는 0이다

  시나리오: startupProbe가 없으면 늦게 기동하는 앱은 livenessProbe에 계속 죽는다
    조건 "slow:1" 이미지는 응답하기까지 60초가 걸린다
    그리고 다음 매니페스트를 적용했다:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: slow
      spec:
        containers:
        - name: app
          image: slow:1
          livenessProbe:
            httpGet:
              path: /healthz
              port: 8080
            periodSeconds: 5
      """
    만일 2분이 지나면
    그러면 파드 "slow"는 최소 2번 재시작되었다

  시나리오: startupProbe가 성공하기 전에는 livenessProbe가 동작하지 않는다
    조건 "slow:1" 이미지는 응답하기까지 60초가 걸린다
    그리고 다음 매니페스트를 적용했다:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: slow
      spec:
        containers:
        - name: app
          image: slow:1
          startupProbe:
            httpGet:
              path: /healthz
              port: 8080
            periodSeconds: 10
            failureThreshold: 30
          livenessProbe:
            httpGet:
              path: /healthz
              port: 8080
            periodSeconds: 5
      """
    만일 2분이 지나면
    그러면 파드 "slow"는 준비 상태다
    그리고 파드 "slow"의 재시작 횟수는 0이다
