# language: ko
기능: 리소스 양은 정규 형식으로 저장된다
  API 서버는 모든 리소스 양(요청과 제한, 클레임과 볼륨의 크기, LimitRange와 ResourceQuota의 목록,
  노드 용량)을 resource.Quantity로 읽어 정규 형식으로 저장한다. 소수점 없이, 값이 정수로 남는 가장 큰
  접미사를 쓰고, 이진 접미사는 1024의 정수배일 때만 쓴다. 그래서 1024Mi짜리 클레임은 1Gi짜리 클레임이고,
  CPU 0.5는 500m, 메모리 1.5Gi는 1536Mi다. `kubectl get`에서도, `-o yaml`에서도, `describe`에서도
  마찬가지다. kubectl의 last-applied-configuration 어노테이션에는 쓴 그대로 남는다.

  시나리오: 1024Mi를 요청한 클레임은 1Gi로 저장되고 바인딩되고 나열된다
    만일 다음 매니페스트를 적용하면:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1024Mi
      """
    그리고 10초가 지나면
    그리고 "kubectl get pvc data" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME   STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
      data   Bound    pvc-4267b0a3-2005-4652-a21f-37a357cd3d32   1Gi        RWO            standard       <unset>                 10s
      """
    만일 "kubectl get pvc data -o jsonpath={.spec.resources.requests.storage}" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      1Gi
      """
    만일 "kubectl get pv -o jsonpath={.items[0].spec.capacity.storage}" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      1Gi
      """

  시나리오: CPU 0.5는 -o yaml에서도 describe에서도 500m이다
    만일 다음 매니페스트를 적용하면:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
        - name: web
          image: nginx:1.25
          resources:
            requests:
              cpu: 0.5
              memory: 1024Mi
            limits:
              cpu: "1.5"
              memory: 1.5Gi
      """
    그리고 "kubectl get pod web -o jsonpath={.spec.containers[0].resources}" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      {"limits":{"cpu":"1500m","memory":"1536Mi"},"requests":{"cpu":"500m","memory":"1Gi"}}
      """
    만일 "kubectl get pod web -o yaml" 명령을 실행하면
    그러면 출력에 "cpu: 500m"이 포함된다
    그리고 출력에 "memory: 1536Mi"가 포함된다
    만일 "kubectl describe pod web" 명령을 실행하면
    그러면 출력에 "cpu:     1500m"이 포함된다
    그리고 출력에 "memory:  1536Mi"가 포함된다
    그리고 출력에 "cpu:        500m"이 포함된다
    그리고 출력에 "memory:     1Gi"가 포함된다

  시나리오: ResourceQuota와 그 사용량도 정규 형식이다
    조건 다음 매니페스트를 적용했다:
      """
      apiVersion: v1
      kind: ResourceQuota
      metadata:
        name: compute
      spec:
        hard:
          requests.cpu: 2000m
          requests.memory: 2048Mi
          limits.memory: 4096Mi
      """
    만일 다음 매니페스트를 적용하면:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
        - name: web
          image: nginx:1.25
          resources:
            requests:
              cpu: 0.5
              memory: 1024Mi
            limits:
              memory: 1.5Gi
      """
    그리고 10초가 지나면
    그리고 "kubectl get quota" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME      AGE   REQUEST                                          LIMIT
      compute   10s   requests.cpu: 500m/2, requests.memory: 1Gi/2Gi   limits.memory: 1536Mi/4Gi
      """
    만일 다음 매니페스트를 적용해 보면:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: big
      spec:
        containers:
        - name: big
          image: nginx:1.25
          resources:
            requests:
              cpu: 1.75
              memory: 512Mi
            limits:
              memory: 1024Mi
      """
    그러면 명령은 다음 오류로 실패한다:
      """
      Error from server (Forbidden): error when creating "STDIN": pods "big" is forbidden: exceeded quota: compute, requested: requests.cpu=1750m, used: requests.cpu=500m, limited: requests.cpu=2
      """
