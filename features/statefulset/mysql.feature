Feature: The MySQL primary/replica StatefulSet of the tutorial
  The tutorial runs MySQL as a StatefulSet behind a headless Service `mydb`: two init containers
  (init-mysql writes the server id and picks the primary or replica config, clone-mysql copies the
  data of the previous ordinal) run in order before the mysql and xtrabackup containers, and a
  readiness probe (`mysql -h 127.0.0.1 -e "SELECT 1"`, after 5 s, every 2 s) gates readiness. So
  mydb-0 comes up first, then mydb-1, then — after scaling to 3 — mydb-2. What the scripts do to
  the data (configuration, cloning, replication) is outside the simulation: each init container
  simply runs for the time its image is declared to take.

  Scenario: Init containers run in order, probes gate readiness, pods come up 0 then 1
    Given image "mysql:5.7" runs for 2 seconds as an init container
    And image "gcr.io/google-samples/xtrabackup:1.0" runs for 4 seconds as an init container
    When I run "kubectl apply -f features/manifests/statefulset/mydb/"
    Then the output is:
      """
      configmap/mydb-config created
      statefulset.apps/mydb created
      service/mydb-read created
      service/mydb created
      """
    And the status of pod "mydb-0" is "Init:0/2"
    When 3 seconds pass
    Then the status of pod "mydb-0" is "Init:1/2"
    When 5 seconds pass
    Then the status of pod "mydb-0" is "PodInitializing"
    When 2 seconds pass
    And I run "kubectl get pods"
    Then the output is:
      """
      NAME     READY   STATUS    RESTARTS   AGE
      mydb-0   1/2     Running   0          10s
      """
    When statefulset "mydb" is rolled out
    Then statefulset "mydb" created its pods in the order "mydb-0, mydb-1"
    And each pod was created only after the previous one was Running and Ready
    And there are 2 persistent volume claims, all Bound
    And pod "mydb-1" uses the persistent volume claim "data-mydb-1"
    And the name "mydb" resolves to 2 addresses
    And the name "mydb-0.mydb" resolves to the IP of pod "mydb-0"

  Scenario: Scaling the MySQL StatefulSet to 3 creates mydb-2 after mydb-1 is ready
    Given I run "kubectl apply -f features/manifests/statefulset/mydb/"
    And statefulset "mydb" is rolled out
    When statefulset "mydb" is scaled to 3 replicas
    And 1 second passes
    Then the status of pod "mydb-2" is "Init:0/2"
    When statefulset "mydb" is rolled out
    Then statefulset "mydb" created its pods in the order "mydb-2"
    And the pods of statefulset "mydb" are "mydb-0, mydb-1, mydb-2"
    And the name "mydb-2.mydb" resolves to the IP of pod "mydb-2"
    And the name "mydb" resolves to 3 addresses

  Scenario: The read Service's selector matches no pod (a typo in the tutorial)
    Given I run "kubectl apply -f features/manifests/statefulset/mydb/"
    And statefulset "mydb" is rolled out
    When I run "kubectl get endpoints mydb-read"
    Then the output is:
      """
      NAME        ENDPOINTS   AGE
      mydb-read   <none>      20s
      """
