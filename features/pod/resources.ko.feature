# language: ko
기능: 요청과 제한, LimitRange와 ResourceQuota
  LimitRange는 컨테이너에 기본 요청과 제한을 채워 넣고, 최솟값과 최댓값을 벗어난 파드를 거부한다.
  ResourceQuota는 네임스페이스가 요청할 수 있는 양을 제한한다. 한도를 넘게 하는 파드는 API 서버가 거부하고,
  디플로이먼트라면 레플리카셋이 그 실패를 보고한다.

  시나리오: LimitRange는 기본값을 채우고 최댓값을 지키게 한다
    조건 다음 매니페스트를 적용했다:
      """
      apiVersion: v1
      kind: LimitRange
      metadata:
        name: cpu-limits
      spec:
        limits:
        - type: Container
          default:
            cpu: 500m
          defaultRequest:
            cpu: 200m
          max:
            cpu: "1"
      """
    만일 다음 매니페스트를 적용하면:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: defaulted
      spec:
        containers:
        - name: app
          image: nginx:1.25
      """
    그리고 "kubectl get pod defaulted -o jsonpath={.spec.containers[0].resources}" 명령을 실행하면
    그러면 출력에 "200m"이 포함된다
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: greedy
      spec:
        containers:
        - name: app
          image: nginx:1.25
          resources:
            limits:
              cpu: "2"
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      Error from server (Forbidden): error when creating "STDIN": pods "greedy" is forbidden: maximum cpu usage per Container is 1, but limit is 2
      """
    그리고 클러스터는 그대로다

  시나리오: ResourceQuota를 넘게 하는 파드는 거부된다
    조건 다음 매니페스트를 적용했다:
      """
      apiVersion: v1
      kind: ResourceQuota
      metadata:
        name: compute-quota
      spec:
        hard:
          requests.cpu: "1"
          requests.memory: 1Gi
      """
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: no-requests
      spec:
        containers:
        - name: nginx
          image: nginx:1.25
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      Error from server (Forbidden): error when creating "STDIN": pods "no-requests" is forbidden: failed quota: compute-quota: must specify requests.cpu for: nginx; requests.memory for: nginx
      """
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: too-big
      spec:
        containers:
        - name: nginx
          image: nginx:1.25
          resources:
            requests:
              cpu: 1500m
              memory: 512Mi
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      Error from server (Forbidden): error when creating "STDIN": pods "too-big" is forbidden: exceeded quota: compute-quota, requested: requests.cpu=1500m, used: requests.cpu=0, limited: requests.cpu=1
      """

  시나리오: 쿼터를 넘는 디플로이먼트는 들어갈 수 있는 만큼만 파드를 얻는다
    조건 다음 매니페스트를 적용했다:
      """
      apiVersion: v1
      kind: ResourceQuota
      metadata:
        name: pod-count
      spec:
        hard:
          pods: "2"
      """
    만일 "kubectl create deployment web --image=nginx:1.25 --replicas=3" 명령을 실행하면
    그리고 1분이 지나면
    그러면 디플로이먼트 "web"의 실행 중인 파드는 2개다
    그리고 디플로이먼트의 ReplicaFailure 조건은 True이고 이유는 FailedCreate이다
