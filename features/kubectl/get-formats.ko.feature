# language: ko
기능: kubectl get 출력 형식
  표 형식과 출력 형식: -o wide|yaml|json|name|jsonpath|custom-columns, --sort-by, --show-labels,
  -L, -l, --field-selector, -A, 여러 타입을 한 번에.

  시나리오: 종류별 표
    조건 "kubectl create deployment web --image=nginx:1.25 --replicas=2" 명령을 실행했다
    그리고 "kubectl create configmap settings --from-literal=mode=prod --from-literal=level=3" 명령을 실행했다
    그리고 "kubectl create secret generic creds --from-literal=password=s3cr3t" 명령을 실행했다
    그리고 "kubectl create service nodeport web --tcp=80:80" 명령을 실행했다
    만일 45초가 지나면
    그리고 "kubectl get deploy,rs,po" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
      deployment.apps/web   2/2     2            2           45s

      NAME                             DESIRED   CURRENT   READY   AGE
      replicaset.apps/web-68bf9f694d   2         2         2       45s

      NAME                       READY   STATUS    RESTARTS   AGE
      pod/web-68bf9f694d-p5vpf   1/1     Running   0          45s
      pod/web-68bf9f694d-plj6n   1/1     Running   0          45s
      """
    만일 "kubectl get svc,ep" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME                 TYPE        CLUSTER-IP       EXTERNAL-IP   PORT(S)        AGE
      service/kubernetes   ClusterIP   10.96.0.1        <none>        443/TCP        45s
      service/web          NodePort    10.106.175.246   <none>        80:32507/TCP   45s

      NAME                   ENDPOINTS                     AGE
      endpoints/kubernetes   192.168.49.2:8443             45s
      endpoints/web          10.244.0.2:80,10.244.0.3:80   45s
      """
    만일 "kubectl get cm,secrets" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME                         DATA   AGE
      configmap/kube-root-ca.crt   1      45s
      configmap/settings           2      45s

      NAME           TYPE     DATA   AGE
      secret/creds   Opaque   1      45s
      """
    만일 "kubectl get nodes -o wide" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME       STATUS   ROLES           AGE   VERSION   INTERNAL-IP    EXTERNAL-IP   OS-IMAGE             KERNEL-VERSION    CONTAINER-RUNTIME
      minikube   Ready    control-plane   45s   v1.32.0   192.168.49.2   <none>        Ubuntu 22.04.5 LTS   5.15.0-1057-gcp   containerd://1.7.24
      """
    만일 "kubectl get ns" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME              STATUS   AGE
      default           Active   45s
      kube-node-lease   Active   45s
      kube-public       Active   45s
      kube-system       Active   45s
      """
    만일 "kubectl get pv,pvc" 명령을 실행하면
    그러면 명령이 성공한다
    그리고 출력에 "No resources found in default namespace."이 포함된다
    만일 "kubectl get sts,ds -A" 명령을 실행하면
    그러면 명령이 성공한다
    그리고 출력에 "No resources found"이 포함된다
    만일 "kubectl get events --field-selector involvedObject.kind=Deployment" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      LAST SEEN   TYPE     REASON              OBJECT           MESSAGE
      45s         Normal   ScalingReplicaSet   deployment/web   Scaled up replica set web-68bf9f694d from 0 to 2
      """

  시나리오: 셀렉터, 열, 정렬
    조건 "kubectl create deployment web --image=nginx:1.25 --replicas=3" 명령을 실행했다
    그리고 "kubectl create deployment api --image=httpd:2.4" 명령을 실행했다
    만일 20초가 지나면
    조건 "kubectl label pod -l app=api tier=backend" 명령을 실행했다
    만일 "kubectl get pods -l 'app in (web,api)' --show-labels" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME                   READY   STATUS    RESTARTS   AGE   LABELS
      api-79bd6d947b-lj6nf   1/1     Running   0          20s   app=api,pod-template-hash=79bd6d947b,tier=backend
      web-68bf9f694d-nkt7j   1/1     Running   0          20s   app=web,pod-template-hash=68bf9f694d
      web-68bf9f694d-q5fp5   1/1     Running   0          20s   app=web,pod-template-hash=68bf9f694d
      web-68bf9f694d-sxxp8   1/1     Running   0          20s   app=web,pod-template-hash=68bf9f694d
      """
    만일 "kubectl get pods -l app!=web -L tier" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME                   READY   STATUS    RESTARTS   AGE   TIER
      api-79bd6d947b-lj6nf   1/1     Running   0          20s   backend
      """
    만일 "kubectl get pods --field-selector status.phase=Running -o name" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      pod/api-79bd6d947b-lj6nf
      pod/web-68bf9f694d-nkt7j
      pod/web-68bf9f694d-q5fp5
      pod/web-68bf9f694d-sxxp8
      """
    만일 "kubectl get pods --sort-by=.metadata.name -o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[*].image,IP:.status.podIP" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME                   IMAGE        IP
      api-79bd6d947b-lj6nf   httpd:2.4    10.244.0.5
      web-68bf9f694d-nkt7j   nginx:1.25   10.244.0.3
      web-68bf9f694d-q5fp5   nginx:1.25   10.244.0.4
      web-68bf9f694d-sxxp8   nginx:1.25   10.244.0.2
      """
    만일 다음 명령을 실행하면:
      """
      kubectl get deploy -o jsonpath='{range .items[*]}{.metadata.name}{"\t"}{.status.readyReplicas}{"\n"}{end}'
      """
    그러면 다음과 같이 출력된다:
      """
      api	1
      web	3
      """
    만일 다음 명령을 실행하면:
      """
      kubectl get nodes -o jsonpath='{.items[0].status.conditions[?(@.type=="Ready")].status}'
      """
    그러면 다음과 같이 출력된다:
      """
      True
      """
    만일 "kubectl get pods -A --sort-by=.metadata.creationTimestamp" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAMESPACE   NAME                   READY   STATUS    RESTARTS   AGE
      default     api-79bd6d947b-lj6nf   1/1     Running   0          20s
      default     web-68bf9f694d-nkt7j   1/1     Running   0          20s
      default     web-68bf9f694d-q5fp5   1/1     Running   0          20s
      default     web-68bf9f694d-sxxp8   1/1     Running   0          20s
      """
    만일 "kubectl get deploy api -o yaml" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        annotations:
          deployment.kubernetes.io/revision: "1"
        creationTimestamp: "2026-01-01T00:00:00Z"
        generation: 1
        labels:
          app: api
        name: api
        namespace: default
        resourceVersion: "45"
        uid: a9fa6c9c-0a4b-4416-aefa-7c9cb16ff9c0
      spec:
        progressDeadlineSeconds: 600
        replicas: 1
        revisionHistoryLimit: 10
        selector:
          matchLabels:
            app: api
        strategy:
          rollingUpdate:
            maxSurge: 25%
            maxUnavailable: 25%
          type: RollingUpdate
        template:
          metadata:
            labels:
              app: api
          spec:
            containers:
            - image: httpd:2.4
              imagePullPolicy: IfNotPresent
              name: httpd
              resources: {}
              terminationMessagePath: /dev/termination-log
              terminationMessagePolicy: File
            dnsPolicy: ClusterFirst
            restartPolicy: Always
            schedulerName: default-scheduler
            securityContext: {}
            terminationGracePeriodSeconds: 30
      status:
        availableReplicas: 1
        conditions:
        - lastTransitionTime: "2026-01-01T00:00:01Z"
          lastUpdateTime: "2026-01-01T00:00:01Z"
          message: Deployment has minimum availability.
          reason: MinimumReplicasAvailable
          status: "True"
          type: Available
        - lastTransitionTime: "2026-01-01T00:00:00Z"
          lastUpdateTime: "2026-01-01T00:00:01Z"
          message: ReplicaSet "api-79bd6d947b" has successfully progressed.
          reason: NewReplicaSetAvailable
          status: "True"
          type: Progressing
        observedGeneration: 1
        readyReplicas: 1
        replicas: 1
        updatedReplicas: 1
      """

  시나리오: explain, api-resources, api-versions
    만일 "kubectl explain deploy.spec.strategy" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      GROUP:      apps
      KIND:       Deployment
      VERSION:    v1

      FIELD: strategy <DeploymentStrategy>


      DESCRIPTION:
          The deployment strategy to use to replace existing pods with new ones.
          DeploymentStrategy describes how to replace existing pods with new ones.
          
      FIELDS:
        rollingUpdate	<RollingUpdateDeployment>
          Rolling update config params. Present only if DeploymentStrategyType =
          RollingUpdate.

        type	<string>
        enum: Recreate, RollingUpdate
          Type of deployment. Can be "Recreate" or "RollingUpdate". Default is
          RollingUpdate.
          
          Possible enum values:
           - `"Recreate"` Kill all existing pods before creating new ones.
           - `"RollingUpdate"` Replace the old ReplicaSets by new one using rolling
          update i.e gradually scale down the old ReplicaSets and scale up the new
          one.


      """
    만일 "kubectl explain ds.spec.updateStrategy" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      GROUP:      apps
      KIND:       DaemonSet
      VERSION:    v1

      FIELD: updateStrategy <DaemonSetUpdateStrategy>


      DESCRIPTION:
          An update strategy to replace existing DaemonSet pods with new pods.
          DaemonSetUpdateStrategy is a struct used to control the update strategy for
          a DaemonSet.
          
      FIELDS:
        rollingUpdate	<RollingUpdateDaemonSet>
          Rolling update config params. Present only if type = "RollingUpdate".

        type	<string>
        enum: OnDelete, RollingUpdate
          Type of daemon set update. Can be "RollingUpdate" or "OnDelete". Default is
          RollingUpdate.
          
          Possible enum values:
           - `"OnDelete"` Replace the old daemons only when it's killed
           - `"RollingUpdate"` Replace the old daemons by new ones using rolling
          update i.e replace them on each node one after the other.


      """
    만일 "kubectl explain sts.spec.updateStrategy.type" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      GROUP:      apps
      KIND:       StatefulSet
      VERSION:    v1

      FIELD: type <string>
      ENUM:
          OnDelete
          RollingUpdate

      DESCRIPTION:
          Type indicates the type of the StatefulSetUpdateStrategy. Default is
          RollingUpdate.
          
          Possible enum values:
           - `"OnDelete"` triggers the legacy behavior. Version tracking and ordered
          rolling restarts are disabled. Pods are recreated from the StatefulSetSpec
          when they are manually deleted. When a scale operation is performed with
          this strategy,specification version indicated by the StatefulSet's
          currentRevision.
           - `"RollingUpdate"` indicates that update will be applied to all Pods in
          the StatefulSet with respect to the StatefulSet ordering constraints. When a
          scale operation is performed with this strategy, new Pods will be created
          from the specification version indicated by the StatefulSet's
          updateRevision.
          

      """
    만일 "kubectl explain deploy.spec.nosuch" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: field "nosuch" does not exist
      """
    그리고 출력에 "GROUP:      apps"이 포함된다
    만일 "kubectl api-versions" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      apps/v1
      batch/v1
      discovery.k8s.io/v1
      policy/v1
      storage.k8s.io/v1
      v1
      """
    만일 "kubectl api-resources --api-group=apps" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME                  SHORTNAMES   APIVERSION   NAMESPACED   KIND
      controllerrevisions                apps/v1      true         ControllerRevision
      daemonsets            ds           apps/v1      true         DaemonSet
      deployments           deploy       apps/v1      true         Deployment
      replicasets           rs           apps/v1      true         ReplicaSet
      statefulsets          sts          apps/v1      true         StatefulSet
      """
