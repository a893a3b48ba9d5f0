Feature: Service types and how kubectl lists them
  A Deployment only creates pods; a Service gives them one stable address and spreads the traffic
  over them. ClusterIP, the default, is a virtual IP reachable inside the cluster, allocated from
  the service range 10.96.0.0/12. NodePort also opens a port from 30000–32767 on every node.
  LoadBalancer also asks for an external load balancer; where there is none (minikube without a
  tunnel) its EXTERNAL-IP stays <pending>. A headless Service (clusterIP: None) has no virtual
  IP at all. Every cluster starts with the `kubernetes` Service at 10.96.0.1, in front of the API
  server.

  Scenario: A new cluster already has the kubernetes Service
    When I run "kubectl get svc"
    Then the output is:
      """
      NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
      kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   0s
      """
    When I run "kubectl get endpoints"
    Then the output is:
      """
      NAME         ENDPOINTS           AGE
      kubernetes   192.168.49.2:8443   0s
      """

  Scenario: The tutorial's spring-service opens node port 30000 in front of three pods
    Given I run "kubectl apply -f features/manifests/spring-deployment.yaml"
    And I run "kubectl rollout status deployment spring-deployment"
    When I run "kubectl apply -f features/manifests/spring-service.yaml"
    Then the output is:
      """
      service/spring-service created
      """
    When I run "kubectl get service"
    Then the output is:
      """
      NAME             TYPE        CLUSTER-IP       EXTERNAL-IP   PORT(S)          AGE
      kubernetes       ClusterIP   10.96.0.1        <none>        443/TCP          1s
      spring-service   NodePort    10.101.231.223   <none>        8080:30000/TCP   0s
      """
    And service "spring-service" has 3 ready endpoints
    And the endpoints of service "spring-service" are the ready pods of deployment "spring-deployment"
    When I run "kubectl apply -f features/manifests/spring-service.yaml"
    Then the output is:
      """
      service/spring-service unchanged
      """

  Scenario: kubectl describe shows the ports, the node port and the endpoints
    Given I run "kubectl apply -f features/manifests/spring-deployment.yaml"
    And I run "kubectl rollout status deployment spring-deployment"
    And I run "kubectl apply -f features/manifests/spring-service.yaml"
    When I run "kubectl describe service spring-service"
    Then the output is:
      """
      Name:                     spring-service
      Namespace:                default
      Labels:                   <none>
      Annotations:              <none>
      Selector:                 app=backend-app
      Type:                     NodePort
      IP Family Policy:         SingleStack
      IP Families:              IPv4
      IP:                       10.101.231.223
      IPs:                      10.101.231.223
      Port:                     <unset>  8080/TCP
      TargetPort:               8080/TCP
      NodePort:                 <unset>  30000/TCP
      Endpoints:                10.244.0.2:8080,10.244.0.3:8080,10.244.0.4:8080
      Session Affinity:         None
      External Traffic Policy:  Cluster
      Internal Traffic Policy:  Cluster
      Events:                   <none>
      """

  Scenario: A ClusterIP service is the default; a LoadBalancer waits for an external address
    Given deployment "web" with 2 replicas of image "nginx:1.25"
    And a service "web" in front of deployment "web"
    And a LoadBalancer service "web-lb" in front of deployment "web"
    When I run "kubectl get svc -o wide"
    Then the output is:
      """
      NAME         TYPE           CLUSTER-IP       EXTERNAL-IP   PORT(S)        AGE   SELECTOR
      kubernetes   ClusterIP      10.96.0.1        <none>        443/TCP        1s    <none>
      web          ClusterIP      10.106.175.246   <none>        80/TCP         0s    app=web
      web-lb       LoadBalancer   10.105.78.225    <pending>     80:31833/TCP   0s    app=web
      """

  Scenario: A headless service has no cluster IP; its endpoints are the pods themselves
    Given deployment "db" with 2 replicas of image "postgres:16"
    And the following manifest is applied:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: db
      spec:
        clusterIP: None
        selector:
          app: db
        ports:
        - port: 5432
      """
    When I run "kubectl get svc db"
    Then the output is:
      """
      NAME   TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)    AGE
      db     ClusterIP   None         <none>        5432/TCP   0s
      """
    And service "db" has 2 ready endpoints

  @nodes-2
  Scenario: The MySQL NodePort service of the HA tutorial gets its defaults
    When I apply the following manifest:
      """
      apiVersion: v1
      kind: Service
      metadata:
        labels:
          app: mysql
        name: mysql-dpl
      spec:
        ports:
          - nodePort: 30306
            port: 3306
        selector:
          app: mysql
        type: NodePort
      """
    And I run "kubectl get svc mysql-dpl"
    Then the output is:
      """
      NAME        TYPE       CLUSTER-IP       EXTERNAL-IP   PORT(S)          AGE
      mysql-dpl   NodePort   10.105.236.215   <none>        3306:30306/TCP   0s
      """
    When I run "kubectl get svc mysql-dpl -o yaml"
    Then the output contains "targetPort: 3306"
    And the output contains "externalTrafficPolicy: Cluster"
    And the output contains "sessionAffinity: None"
    And service "mysql-dpl" has no endpoints

  Scenario: A node port that is already taken is refused
    Given I run "kubectl apply -f features/manifests/spring-service.yaml"
    When I try to apply the following manifest:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: other
      spec:
        type: NodePort
        selector:
          app: other
        ports:
        - port: 80
          nodePort: 30000
      """
    Then the command fails with:
      """
      The Service "other" is invalid: spec.ports[0].nodePort: Invalid value: 30000: provided port is already allocated
      """
    And the cluster is unchanged

  Scenario: A node port outside 30000-32767 is refused
    When I try to apply the following manifest:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        type: NodePort
        selector:
          app: web
        ports:
        - port: 80
          nodePort: 8080
      """
    Then the command fails with:
      """
      The Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767
      """
    And the cluster is unchanged

  Scenario: A ClusterIP service may not ask for a node port
    When I try to apply the following manifest:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        selector:
          app: web
        ports:
        - port: 80
          nodePort: 30080
      """
    Then the command fails with:
      """
      The Service "web" is invalid: spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'
      """
    And the cluster is unchanged
