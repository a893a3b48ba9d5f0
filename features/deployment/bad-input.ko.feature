# language: ko
기능: 잘못된 매니페스트는 API 서버의 메시지 그대로 거부된다
  올바른 YAML이 아니거나 API 서버가 받아들이지 않을 디플로이먼트를 적용하면 kubectl이 출력할 메시지
  그대로 실패하고, 클러스터는 적용하기 전 상태 그대로 남는다.

  배경:
    먼저 "nginx:1.25" 이미지로 레플리카 2개를 띄운 디플로이먼트 "web"이 있다

  시나리오: selector와 템플릿 라벨이 다르면 디플로이먼트가 만들어지지 않는다
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: apps/v1
      kind: Deployment
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
              app: kubia2
          spec:
            containers:
            - name: nodejs
              image: luksa/kubia:v1
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      The Deployment "kubia" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"kubia2"}: `selector` does not match template `labels`
      """
    그리고 클러스터는 그대로다

  시나리오: maxSurge와 maxUnavailable을 둘 다 0으로 둘 수는 없다
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 2
        strategy:
          rollingUpdate:
            maxSurge: 0
            maxUnavailable: 0
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
            - name: nginx
              image: nginx:1.26
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      The Deployment "web" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:""}: may not be 0 when `maxSurge` is 0
      """
    그리고 클러스터는 그대로다
    그리고 디플로이먼트 "web"의 모든 파드는 "nginx:1.25" 이미지로 실행된다

  시나리오: selector가 없으면 오류 원인이 두 가지 나온다
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: kubia
      spec:
        replicas: 3
        template:
          metadata:
            labels:
              app: kubia
          spec:
            containers:
            - name: nodejs
              image: luksa/kubia:v1
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      The Deployment "kubia" is invalid: 
      * spec.selector: Required value
      * spec.template.metadata.labels: Invalid value: map[string]string{"app":"kubia"}: `selector` does not match template `labels`
      """
    그리고 클러스터는 그대로다

  시나리오: YAML 문법이 틀리면 몇 번째 줄인지 알려 준다
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: broken
          labels: oops
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      error: error parsing STDIN: error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context
      """
    그리고 클러스터는 그대로다

  시나리오: 존재하지 않는 kind는 거부된다
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: apps/v1
      kind: Deploymnet
      metadata:
        name: web
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      error: resource mapping not found for name: "web" namespace: "" from "STDIN": no matches for kind "Deploymnet" in version "apps/v1"
      ensure CRDs are installed first
      """
    그리고 클러스터는 그대로다

  시나리오: 음수 레플리카와 minReadySeconds보다 크지 않은 진행 데드라인은 거부된다
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: -1
        minReadySeconds: 30
        progressDeadlineSeconds: 30
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
            - name: nginx
              image: nginx:1.26
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      The Deployment "web" is invalid: 
      * spec.replicas: Invalid value: -1: must be greater than or equal to 0
      * spec.progressDeadlineSeconds: Invalid value: 30: must be greater than minReadySeconds
      """
    그리고 클러스터는 그대로다
