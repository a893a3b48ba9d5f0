Feature: kubectl get after apply and scale
  The listings of tutorial 000 (T000-02…04) and 004 (T004-05), in their v1.32 form: a Deployment
  makes one ReplicaSet whose name carries the pod-template hash, and pods named after it; scaling
  adds pods to the same ReplicaSet.

  Scenario: Applying a 3-replica manifest creates one ReplicaSet and three running pods
    When I run "kubectl apply -f features/manifests/web-deploy.yaml"
    Then the output is:
      """
      deployment.apps/web-deploy created
      """
    When 10s pass
    And I run "kubectl get deploy"
    Then the output is:
      """
      NAME         READY   UP-TO-DATE   AVAILABLE   AGE
      web-deploy   3/3     3            3           10s
      """
    When 73s pass
    And I run "kubectl get rs"
    Then the output is:
      """
      NAME                    DESIRED   CURRENT   READY   AGE
      web-deploy-7b8c6bd8bc   3         3         3       83s
      """
    When 4s pass
    And I run "kubectl get po -o wide"
    Then the output is:
      """
      NAME                          READY   STATUS    RESTARTS   AGE   IP           NODE       NOMINATED NODE   READINESS GATES
      web-deploy-7b8c6bd8bc-htnjq   1/1     Running   0          87s   10.244.0.4   minikube   <none>           <none>
      web-deploy-7b8c6bd8bc-nnwks   1/1     Running   0          87s   10.244.0.2   minikube   <none>           <none>
      web-deploy-7b8c6bd8bc-t5qwn   1/1     Running   0          87s   10.244.0.3   minikube   <none>           <none>
      """

  Scenario: Raising replicas in the manifest adds pods and leaves the old ones alone
    Given I run "kubectl apply -f features/manifests/web-deploy.yaml"
    When 5m7s pass
    And I run "kubectl apply -f features/manifests/web-deploy-replicas-10.yaml"
    Then the output is:
      """
      deployment.apps/web-deploy configured
      """
    When 33s pass
    And I run "kubectl get po"
    Then the output is:
      """
      NAME                          READY   STATUS    RESTARTS   AGE
      web-deploy-7b8c6bd8bc-gkx5g   1/1     Running   0          33s
      web-deploy-7b8c6bd8bc-htnjq   1/1     Running   0          5m40s
      web-deploy-7b8c6bd8bc-j6nfq   1/1     Running   0          33s
      web-deploy-7b8c6bd8bc-jfsjr   1/1     Running   0          33s
      web-deploy-7b8c6bd8bc-jz87v   1/1     Running   0          33s
      web-deploy-7b8c6bd8bc-kfrdg   1/1     Running   0          33s
      web-deploy-7b8c6bd8bc-nnwks   1/1     Running   0          5m40s
      web-deploy-7b8c6bd8bc-sdrx2   1/1     Running   0          33s
      web-deploy-7b8c6bd8bc-t5qwn   1/1     Running   0          5m40s
      web-deploy-7b8c6bd8bc-vpfq8   1/1     Running   0          33s
      """
    When I run "kubectl get rs"
    Then the output is:
      """
      NAME                    DESIRED   CURRENT   READY   AGE
      web-deploy-7b8c6bd8bc   10        10        10      5m40s
      """

  Scenario: kubectl scale raises the desired count at once; readiness follows
    Given I run "kubectl create deployment mysql --image=mysql:5.7"
    When 14m pass
    And I run "kubectl get deploy"
    Then the output is:
      """
      NAME    READY   UP-TO-DATE   AVAILABLE   AGE
      mysql   1/1     1            1           14m
      """
    When I run "kubectl scale deployment/mysql --replicas=3"
    Then the output is:
      """
      deployment.apps/mysql scaled
      """
    When I run "kubectl get deploy"
    Then the output is:
      """
      NAME    READY   UP-TO-DATE   AVAILABLE   AGE
      mysql   1/3     3            1           14m
      """
    When 3m pass
    And I run "kubectl get deploy"
    Then the output is:
      """
      NAME    READY   UP-TO-DATE   AVAILABLE   AGE
      mysql   3/3     3            3           17m
      """

  Scenario: Pod and ReplicaSet names carry the pod-template hash
    Given I run "kubectl create -f features/manifests/kubia-deployment-v1.yaml --record"
    When 2m27s pass
    And I run "kubectl get po"
    Then the output is:
      """
      NAME                     READY   STATUS    RESTARTS   AGE
      kubia-7cdfc888c4-htnjq   1/1     Running   0          2m27s
      kubia-7cdfc888c4-nnwks   1/1     Running   0          2m27s
      kubia-7cdfc888c4-t5qwn   1/1     Running   0          2m27s
      """
    When 29s pass
    And I run "kubectl get replicasets"
    Then the output is:
      """
      NAME               DESIRED   CURRENT   READY   AGE
      kubia-7cdfc888c4   3         3         3       2m56s
      """
    When I run "kubectl get po --show-labels"
    Then the output is:
      """
      NAME                     READY   STATUS    RESTARTS   AGE     LABELS
      kubia-7cdfc888c4-htnjq   1/1     Running   0          2m56s   app=kubia,pod-template-hash=7cdfc888c4
      kubia-7cdfc888c4-nnwks   1/1     Running   0          2m56s   app=kubia,pod-template-hash=7cdfc888c4
      kubia-7cdfc888c4-t5qwn   1/1     Running   0          2m56s   app=kubia,pod-template-hash=7cdfc888c4
      """
    When I run "kubectl get po -L pod-template-hash -l app=kubia"
    Then the output is:
      """
      NAME                     READY   STATUS    RESTARTS   AGE     POD-TEMPLATE-HASH
      kubia-7cdfc888c4-htnjq   1/1     Running   0          2m56s   7cdfc888c4
      kubia-7cdfc888c4-nnwks   1/1     Running   0          2m56s   7cdfc888c4
      kubia-7cdfc888c4-t5qwn   1/1     Running   0          2m56s   7cdfc888c4
      """
