# language: ko
기능: 컨피그맵과 시크릿으로 설정하기, 이미지 받기
  컨테이너의 환경 변수는 값을 직접 쓰거나, 컨피그맵과 시크릿의 키(valueFrom)에서, 또는 컨피그맵이나 시크릿
  전체(envFrom)에서 가져올 수 있다. 시크릿의 값은 Base64로 저장되고 컨테이너는 디코딩된 값을 본다.
  컨피그맵, 시크릿, 키가 없으면 컨테이너는 그것이 생길 때까지 CreateContainerConfigError 상태로 기다린다.
  레지스트리에 없는 이미지는 ImagePullBackOff 상태가 된다. 모든 파드는 서비스 어카운트 토큰 볼륨
  (kube-api-access-xxxxx)도 받는다. 토큰, 모든 네임스페이스에 있는 kube-root-ca.crt 컨피그맵의 클러스터 CA
  번들, 네임스페이스 이름이 들어 있다.

  배경:
    조건 다음 매니페스트를 적용했다:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: config-map-name
      data:
        player_initial_lives: "3"
        key-of-configmap: from-configmap
      ---
      apiVersion: v1
      kind: Secret
      metadata:
        name: secret-name
      data:
        key-of-secret: c2VjcmV0LXZhbHVl
      stringData:
        password: s3cr3t
      """

  시나리오: 환경 변수는 값, 컨피그맵, 시크릿에서 가져온다
    만일 다음 매니페스트를 적용하면:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: envar-demo
      spec:
        containers:
        - name: envar-demo-container
          image: gcr.io/google-samples/node-hello:1.0
          env:
          - name: DEMO_ENV
            value: "Hello from the environment"
          - name: DEMO_CONFIGMAP
            valueFrom:
              configMapKeyRef:
                name: config-map-name
                key: key-of-configmap
          - name: DEMO_SECRET
            valueFrom:
              secretKeyRef:
                name: secret-name
                key: key-of-secret
          - name: GREETING
            value: "$(DEMO_ENV)!"
          envFrom:
          - configMapRef:
              name: config-map-name
          - secretRef:
              name: secret-name
            prefix: SECRET_
      """
    그리고 5초가 지나면
    그러면 파드 "envar-demo"의 환경 변수 "DEMO_ENV"의 값은 "Hello from the environment"이다
    그리고 파드 "envar-demo"의 환경 변수 "DEMO_CONFIGMAP"의 값은 "from-configmap"이다
    그리고 파드 "envar-demo"의 환경 변수 "DEMO_SECRET"의 값은 "secret-value"이다
    그리고 파드 "envar-demo"의 환경 변수 "player_initial_lives"의 값은 "3"이다
    그리고 파드 "envar-demo"의 환경 변수 "SECRET_password"의 값은 "s3cr3t"이다
    그리고 파드 "envar-demo"의 환경 변수 "GREETING"의 값은 "Hello from the environment!"이다
    그리고 파드 "envar-demo"는 준비 상태다

  시나리오: 볼륨으로 마운트한 시크릿은 디코딩된 파일로 보인다
    만일 다음 매니페스트를 적용하면:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: mypod
      spec:
        containers:
        - name: mypod
          image: redis
          volumeMounts:
          - name: foo
            mountPath: "/etc/foo"
        volumes:
        - name: foo
          secret:
            secretName: secret-name
            defaultMode: 0400
      """
    그리고 5초가 지나면
    그러면 파드 "mypod"에서 파일 "/etc/foo/password"의 내용은 "s3cr3t"이다
    그리고 파드 "mypod"에서 파일 "/etc/foo/key-of-secret"의 내용은 "secret-value"이다

  시나리오: 모든 파드는 서비스 어카운트 토큰, 클러스터 CA, 네임스페이스를 받는다
    만일 다음 매니페스트를 적용하면:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: curl
      spec:
        containers:
        - name: main
          image: curlimages/curl
          command: ["sleep", "9999999"]
      """
    그리고 5초가 지나면
    그리고 "kubectl get pod curl -o jsonpath='{.spec.serviceAccountName} {.spec.volumes[*].name} {.spec.containers[0].volumeMounts[*].mountPath}'" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      default kube-api-access-xq5zx /var/run/secrets/kubernetes.io/serviceaccount
      """
    그리고 파드 "curl"에서 파일 "/var/run/secrets/kubernetes.io/serviceaccount/namespace"의 내용은 "default"이다
    만일 "kubectl get configmap kube-root-ca.crt" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME               DATA   AGE
      kube-root-ca.crt   1      5s
      """

  시나리오: 컨피그맵이 없으면 만들어질 때까지 컨테이너가 시작되지 않는다
    만일 다음 매니페스트를 적용하면:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: needs-config
      spec:
        containers:
        - name: app
          image: nginx:1.25
          env:
          - name: MODE
            valueFrom:
              configMapKeyRef:
                name: app-config
                key: mode
      """
    그리고 30초가 지나면
    그러면 파드 "needs-config"는 CreateContainerConfigError 상태로 기다린다
    만일 "kubectl get pod needs-config" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME           READY   STATUS                       RESTARTS   AGE
      needs-config   0/1     CreateContainerConfigError   0          30s
      """
    만일 다음 매니페스트를 적용하면:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: app-config
      data:
        mode: production
      """
    그리고 15초가 지나면
    그러면 파드 "needs-config"는 준비 상태다
    그리고 파드 "needs-config"의 환경 변수 "MODE"의 값은 "production"이다

  시나리오: 레지스트리에 없는 이미지는 ImagePullBackOff 상태가 된다
    조건 "nginx:no-such-tag" 이미지는 레지스트리에 없다
    만일 "kubectl create deployment broken --image=nginx:no-such-tag" 명령을 실행하면
    그리고 30초가 지나면
    그리고 "kubectl get pods" 명령을 실행하면
    그러면 출력에 "ImagePullBackOff"가 포함된다
    그리고 출력에 "0/1"이 포함된다

  시나리오: 프라이빗 이미지는 imagePullSecrets가 있어야 받을 수 있다
    조건 "registry.example.com/team/app:1" 이미지를 받으려면 imagePullSecrets가 필요하다
    만일 다음 매니페스트를 적용하면:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: private
      spec:
        containers:
        - name: app
          image: registry.example.com/team/app:1
        imagePullSecrets:
        - name: regcred
      """
    그리고 30초가 지나면
    그러면 파드 "private"은 ImagePullBackOff 상태로 기다린다
    만일 다음 매니페스트를 적용하면:
      """
      apiVersion: v1
      kind: Secret
      metadata:
        name: regcred
      type: kubernetes.io/dockerconfigjson
      data:
        .dockerconfigjson: eyJhdXRocyI6e319
      """
    그리고 5분이 지나면
    그러면 파드 "private"은 준비 상태다
