Feature: StatefulSet identity: ordinal names, DNS, ordered creation
  A StatefulSet names its pods <name>-0, <name>-1, … and, by default (OrderedReady), creates
  them one at a time: a pod only after the one before it is Running and Ready. With a headless
  Service (clusterIP: None) every pod gets its own DNS name, <pod>.<service>, and the Service
  name answers with the ready pods' IPs. A deleted pod comes back under the same name, once the
  old pod object is gone.

  Scenario: myapp-sts with a headless Service: ordinal names and DNS
    When I run "kubectl create -f features/manifests/statefulset/myapp-sts.yaml -f features/manifests/statefulset/myapp-svc-headless.yaml"
    Then the output is:
      """
      statefulset.apps/myapp-sts created
      service/myapp-svc-headless created
      """
    When statefulset "myapp-sts" is rolled out
    And I run "kubectl get sts,svc"
    Then the output is:
      """
      NAME                         READY   AGE
      statefulset.apps/myapp-sts   2/2     2s

      NAME                         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
      service/kubernetes           ClusterIP   10.96.0.1    <none>        443/TCP   2s
      service/myapp-svc-headless   ClusterIP   None         <none>        80/TCP    2s
      """
    When I run "kubectl get pods -o wide"
    Then the output is:
      """
      NAME          READY   STATUS    RESTARTS   AGE   IP           NODE       NOMINATED NODE   READINESS GATES
      myapp-sts-0   1/1     Running   0          2s    10.244.0.2   minikube   <none>           <none>
      myapp-sts-1   1/1     Running   0          1s    10.244.0.3   minikube   <none>           <none>
      """
    And the pods of statefulset "myapp-sts" are "myapp-sts-0, myapp-sts-1"
    And the name "myapp-svc-headless" resolves to 2 addresses
    And the name "myapp-svc-headless" resolves to the IPs of the pods of statefulset "myapp-sts"
    And the name "myapp-sts-0.myapp-svc-headless" resolves to the IP of pod "myapp-sts-0"
    And the name "myapp-sts-1.myapp-svc-headless" resolves to the IP of pod "myapp-sts-1"
    And the name "myapp-sts-1.myapp-svc-headless.default.svc.cluster.local" resolves to the IP of pod "myapp-sts-1"
    And the name "myapp-sts-2.myapp-svc-headless" does not resolve

  Scenario: Pods are created in order 0, 1, 2, each after the previous one is ready
    Given statefulset "web" with 3 replicas of image "nginx:1.25"
    Then statefulset "web" created its pods in the order "web-0, web-1, web-2"
    And each pod was created only after the previous one was Running and Ready
    And statefulset "web" has 3 ready replicas

  Scenario: A slow pod holds back the next ordinal
    Given image "slow-db:1" takes 20 seconds to start
    When I apply the following manifest:
      """
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: db
      spec:
        serviceName: db
        replicas: 2
        selector:
          matchLabels: {app: db}
        template:
          metadata:
            labels: {app: db}
          spec:
            containers:
            - name: db
              image: slow-db:1
      """
    And 10 seconds pass
    Then the status of pod "db-0" is "ContainerCreating"
    And pod "db-1" does not exist
    When 15 seconds pass
    Then the status of pod "db-0" is "Running"
    And the status of pod "db-1" is "ContainerCreating"
    When statefulset "db" is rolled out
    Then statefulset "db" created its pods in the order "db-0, db-1"

  Scenario: A deleted pod comes back with the same name
    Given statefulset "web" with 3 replicas of image "nginx:1.25" behind headless service "nginx"
    When pod "web-0" is deleted
    Then pod "web-0" comes back with the same name
    And the pods of statefulset "web" are "web-0, web-1, web-2"
    And the name "web-0.nginx" resolves to the IP of pod "web-0"
    And the name "nginx" resolves to 3 addresses

  Scenario: Parallel pod management starts every pod at once
    Given statefulset "web" with 3 replicas of image "nginx:1.25" and Parallel pod management
    When I run "kubectl get pods"
    Then the output is:
      """
      NAME    READY   STATUS    RESTARTS   AGE
      web-0   1/1     Running   0          1s
      web-1   1/1     Running   0          1s
      web-2   1/1     Running   0          1s
      """
