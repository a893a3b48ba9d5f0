# language: ko
기능: 잘못된 매니페스트는 kubectl의 메시지 그대로 거부되고 아무것도 바꾸지 않는다
  매니페스트의 YAML, 모양, 알 수 없거나 타입이 틀린 필드, API 서버가 거부하는 값 — 무엇이 잘못되었든
  `kubectl apply`는 kubectl v1.32가 출력하는 메시지 그대로 실패하고, 클러스터는 그대로 남는다. 문서가
  여러 개면 올바른 문서는 적용되고 잘못된 문서는 하나하나 보고된다.
  (다른 거부 사례: features/deployment/bad-input.ko.feature)

  배경:
    먼저 "nginx:1.25" 이미지로 레플리카 2개를 띄운 디플로이먼트 "web"이 있다

  시나리오: 들여쓰기에 탭을 쓰면
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
      	name: kubia
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      error: error parsing STDIN: error converting YAML to JSON: yaml: line 4: found character that cannot start any token
      """
    그리고 클러스터는 그대로다

  시나리오: 앞 줄보다 덜 들여쓴 키가 있으면
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: kubia
       labels:
          app: kubia
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      error: error parsing STDIN: error converting YAML to JSON: yaml: line 4: did not find expected key
      """
    그리고 클러스터는 그대로다

  시나리오: 중괄호 매핑을 닫지 않으면
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: kubia
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      error: error parsing STDIN: error converting YAML to JSON: yaml: line 3: did not find expected ',' or '}'
      """
    그리고 클러스터는 그대로다

  시나리오: 문서가 객체가 아니라 목록이면
    만일 다음 매니페스트를 적용해 보면:
      """
      - apiVersion: apps/v1
        kind: Deployment
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      error: error validating "STDIN": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false
      """
    그리고 클러스터는 그대로다

  시나리오: apiVersion이 없는 문서
    만일 다음 매니페스트를 적용해 보면:
      """
      kind: Deployment
      metadata:
        name: kubia
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      error: error validating "STDIN": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false
      """
    그리고 클러스터는 그대로다

  시나리오: apiVersion도 kind도 없는 문서
    만일 다음 매니페스트를 적용해 보면:
      """
      metadata:
        name: kubia
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      error: error validating "STDIN": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false
      """
    그리고 클러스터는 그대로다

  시나리오: 철자가 틀린 필드는 알 수 없는 필드다
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: kubia
      spec:
        replica: 3
        selector:
          matchLabels:
            app: kubia
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
      Error from server (BadRequest): error when creating "STDIN": Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replica"
      """
    그리고 클러스터는 그대로다

  시나리오: 알 수 없는 필드는 경로와 함께 모두 나열된다
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: kubia
        lables:
          app: kubia
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
            - name: nodejs
              imagee: luksa/kubia:v1
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      Error from server (BadRequest): error when creating "STDIN": Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "metadata.lables", unknown field "spec.template.spec.containers[0].imagee"
      """
    그리고 클러스터는 그대로다

  시나리오: 값의 타입이 틀리면
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: kubia
      spec:
        replicas: three
        selector:
          matchLabels:
            app: kubia
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
      Error from server (BadRequest): error when creating "STDIN": Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32
      """
    그리고 클러스터는 그대로다

  시나리오: maxUnavailable은 100%를 넘을 수 없다
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: kubia
      spec:
        replicas: 3
        strategy:
          rollingUpdate:
            maxSurge: 1
            maxUnavailable: 150%
        selector:
          matchLabels:
            app: kubia
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
      The Deployment "kubia" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"150%"}: must not be greater than 100%
      """
    그리고 클러스터는 그대로다

  시나리오: 이름은 소문자 DNS-1123 서브도메인이어야 한다
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: Kubia_1
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
            - name: nodejs
              image: luksa/kubia:v1
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      The Deployment "Kubia_1" is invalid: metadata.name: Invalid value: "Kubia_1": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')
      """
    그리고 클러스터는 그대로다

  시나리오: Recreate 전략에는 rollingUpdate 블록을 쓸 수 없다
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: kubia
      spec:
        replicas: 3
        strategy:
          type: Recreate
          rollingUpdate:
            maxSurge: 1
        selector:
          matchLabels:
            app: kubia
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
      The Deployment "kubia" is invalid: spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'
      """
    그리고 클러스터는 그대로다

  시나리오: 이미 있는 디플로이먼트의 selector는 바꿀 수 없다
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 2
        selector:
          matchLabels:
            app: web
            tier: front
        template:
          metadata:
            labels:
              app: web
              tier: front
          spec:
            containers:
            - name: nginx
              image: nginx:1.25
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      The Deployment "web" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"web", "tier":"front"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable
      """
    그리고 클러스터는 그대로다

  시나리오: kubectl apply는 객체를 찾으려면 이름이 필요하다
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        labels:
          app: kubia
      spec:
        replicas: 1
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      error: error when retrieving current configuration of:
      Resource: "apps/v1, Resource=deployments", GroupVersionKind: "apps/v1, Kind=Deployment"
      Name: "", Namespace: "default"
      from server for: "STDIN": resource name may not be empty
      """
    그리고 클러스터는 그대로다

  시나리오: 문서가 여러 개면 올바른 문서는 적용되고 잘못된 문서는 하나하나 보고된다
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: good
      spec:
        replicas: 2
        selector:
          matchLabels:
            app: good
        template:
          metadata:
            labels:
              app: good
          spec:
            containers:
            - name: nodejs
              image: luksa/kubia:v1
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: typo
      spec:
        replica: 3
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: bad
      spec:
        replicas: -1
        selector:
          matchLabels:
            app: bad
        template:
          metadata:
            labels:
              app: bad
          spec:
            containers:
            - name: nodejs
              image: luksa/kubia:v1
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      Error from server (BadRequest): error when creating "STDIN": Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replica"
      Error from server (Invalid): error when creating "STDIN": Deployment.apps "bad" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0
      """
    그리고 명령은 다음을 출력했다:
      """
      deployment.apps/good created
      """
    그리고 디플로이먼트 "good"의 사용 가능한 레플리카는 2개다
    만일 "kubectl get deployments" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME   READY   UP-TO-DATE   AVAILABLE   AGE
      good   2/2     2            2           1s
      web    2/2     2            2           2s
      """

  시나리오: 읽을 수 없는 문서에서 파일 읽기가 멈추고, 그 앞의 문서는 적용된다
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: good
      spec:
        replicas: 1
        selector:
          matchLabels:
            app: good
        template:
          metadata:
            labels:
              app: good
          spec:
            containers:
            - name: nodejs
              image: luksa/kubia:v1
      ---
      kind: Deployment
      metadata:
        name: lost
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: never-read
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      error: error validating "STDIN": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false
      """
    그리고 명령은 다음을 출력했다:
      """
      deployment.apps/good created
      """
