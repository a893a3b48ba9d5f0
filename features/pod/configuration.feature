Feature: Configuration from ConfigMaps and Secrets, and image pulls
  A container's environment can come from literal values, ConfigMap and Secret keys (valueFrom)
  and whole ConfigMaps or Secrets (envFrom). Secrets hold base64 and the container sees the decoded
  value. A missing ConfigMap, Secret or key keeps the container in CreateContainerConfigError until
  it exists. An image the registry does not have ends in ImagePullBackOff. Every pod is also given
  its service account's token volume (kube-api-access-xxxxx): the token, the cluster's CA bundle
  from the kube-root-ca.crt ConfigMap every namespace has, and the namespace's name.

  Background:
    Given the following manifest is applied:
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

  Scenario: Environment variables from values, ConfigMaps and Secrets
    When I apply the following manifest:
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
    And 5 seconds pass
    Then pod "envar-demo" sees environment variable "DEMO_ENV" = "Hello from the environment"
    And pod "envar-demo" sees environment variable "DEMO_CONFIGMAP" = "from-configmap"
    And pod "envar-demo" sees environment variable "DEMO_SECRET" = "secret-value"
    And pod "envar-demo" sees environment variable "player_initial_lives" = "3"
    And pod "envar-demo" sees environment variable "SECRET_password" = "s3cr3t"
    And pod "envar-demo" sees environment variable "GREETING" = "Hello from the environment!"
    And pod "envar-demo" is ready

  Scenario: A Secret mounted as a volume shows decoded files
    When I apply the following manifest:
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
    And 5 seconds pass
    Then pod "mypod" sees file "/etc/foo/password" containing "s3cr3t"
    And pod "mypod" sees file "/etc/foo/key-of-secret" containing "secret-value"

  Scenario: Every pod gets its service account's token, the cluster CA and its namespace
    When I apply the following manifest:
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
    And 5 seconds pass
    And I run "kubectl get pod curl -o jsonpath='{.spec.serviceAccountName} {.spec.volumes[*].name} {.spec.containers[0].volumeMounts[*].mountPath}'"
    Then the output is:
      """
      default kube-api-access-xq5zx /var/run/secrets/kubernetes.io/serviceaccount
      """
    And pod "curl" sees file "/var/run/secrets/kubernetes.io/serviceaccount/namespace" containing "default"
    When I run "kubectl get configmap kube-root-ca.crt"
    Then the output is:
      """
      NAME               DATA   AGE
      kube-root-ca.crt   1      5s
      """

  Scenario: A missing ConfigMap holds the container back until it is created
    When I apply the following manifest:
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
    And 30 seconds pass
    Then pod "needs-config" is waiting with reason CreateContainerConfigError
    When I run "kubectl get pod needs-config"
    Then the output is:
      """
      NAME           READY   STATUS                       RESTARTS   AGE
      needs-config   0/1     CreateContainerConfigError   0          30s
      """
    When I apply the following manifest:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: app-config
      data:
        mode: production
      """
    And 15 seconds pass
    Then pod "needs-config" is ready
    And pod "needs-config" sees environment variable "MODE" = "production"

  Scenario: An image the registry does not have ends in ImagePullBackOff
    Given image "nginx:no-such-tag" does not exist in the registry
    When I run "kubectl create deployment broken --image=nginx:no-such-tag"
    And 30 seconds pass
    And I run "kubectl get pods"
    Then the output contains "ImagePullBackOff"
    And the output contains "0/1"

  Scenario: A private image needs imagePullSecrets
    Given image "registry.example.com/team/app:1" needs a pull secret
    When I apply the following manifest:
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
    And 30 seconds pass
    Then pod "private" is waiting with reason ImagePullBackOff
    When I apply the following manifest:
      """
      apiVersion: v1
      kind: Secret
      metadata:
        name: regcred
      type: kubernetes.io/dockerconfigjson
      data:
        .dockerconfigjson: eyJhdXRocyI6e319
      """
    And 5 minutes pass
    Then pod "private" is ready
