Feature: What kubectl prints when it changes things, and its errors
  Every message as kubectl v1.32 prints it, with its exit code: created / configured / unchanged,
  scaled, image updated, labeled, annotated, patched, the NotFound / AlreadyExists / unknown type /
  unknown flag / missing argument errors.

  Scenario: apply, create and their answers
    When I run "kubectl apply -f features/manifests/web-deploy.yaml"
    Then the output is:
      """
      deployment.apps/web-deploy created
      """
    When I run "kubectl apply -f features/manifests/web-deploy.yaml"
    Then the output is:
      """
      deployment.apps/web-deploy unchanged
      """
    When I run "kubectl apply -f features/manifests/web-deploy-replicas-10.yaml"
    Then the output is:
      """
      deployment.apps/web-deploy configured
      """
    When I run "kubectl create -f features/manifests/web-deploy.yaml"
    Then the command fails with:
      """
      Error from server (AlreadyExists): error when creating "features/manifests/web-deploy.yaml": deployments.apps "web-deploy" already exists
      """
    When I run "kubectl get deploy nosuch"
    Then the command fails with:
      """
      Error from server (NotFound): deployments.apps "nosuch" not found
      """
    When I run "kubectl get nosuch"
    Then the command fails with:
      """
      error: the server doesn't have a resource type "nosuch"
      """
    When I run "kubectl get deploy --bogus"
    Then the command fails with:
      """
      error: unknown flag: --bogus
      See 'kubectl get --help' for usage.
      """
    When I run "kubectl get"
    Then the command fails with:
      """
      You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

      error: Required resource not specified.
      Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
      See 'kubectl get -h' for help and examples
      """
    When I run "kubectl set image deploy web-deploy"
    Then the command fails with:
      """
      error: at least one image update is required
      """
    When I run "kubectl delete deploy web-deploy nosuch"
    Then the command fails with:
      """
      Error from server (NotFound): deployments.apps "nosuch" not found
      """

  Scenario: scale, set image, label, annotate, patch
    Given I run "kubectl create deployment web --image=nginx:1.25 --replicas=2"
    When I run "kubectl scale deployment web --replicas=3"
    Then the output is:
      """
      deployment.apps/web scaled
      """
    When I run "kubectl scale deployment web --replicas=4 --current-replicas=2"
    Then the command fails with:
      """
      error: Expected replicas to be 2, was 3
      """
    When I run "kubectl scale deployment nosuch --replicas=1"
    Then the command fails with:
      """
      error: no objects passed to scale deployments.apps "nosuch" not found
      """
    When I run "kubectl set image deployment web nginx=nginx:1.26"
    Then the output is:
      """
      deployment.apps/web image updated
      """
    When I run "kubectl set image deployment web nginx=nginx:1.26"
    Then the command succeeds
    When I run "kubectl set image deployment web nosuch=nginx:1.26"
    Then the command fails with:
      """
      error: unable to find container named "nosuch"
      """
    When I run "kubectl label deployment web tier=frontend"
    Then the output is:
      """
      deployment.apps/web labeled
      """
    When I run "kubectl label deployment web tier=frontend"
    Then the output is:
      """
      deployment.apps/web not labeled
      """
    When I run "kubectl label deployment web tier=backend"
    Then the command fails with:
      """
      error: 'tier' already has a value (frontend), and --overwrite is false
      """
    When I run "kubectl label deployment web tier=backend --overwrite"
    Then the output is:
      """
      deployment.apps/web labeled
      """
    When I run "kubectl label deployment web tier-"
    Then the output is:
      """
      deployment.apps/web unlabeled
      """
    When I run "kubectl label deployment web tier-"
    Then the output is:
      """
      label "tier" not found.
      deployment.apps/web not labeled
      """
    When I run "kubectl annotate deployment web note=hello"
    Then the output is:
      """
      deployment.apps/web annotated
      """
    When I run "kubectl annotate deployment web note=bye"
    Then the command fails with:
      """
      error: --overwrite is false but found the following declared annotation(s): 'note' already has a value (hello)
      """
    When I run:
      """
      kubectl patch deployment web -p '{"spec":{"replicas":2}}'
      """
    Then the output is:
      """
      deployment.apps/web patched
      """
    When I run:
      """
      kubectl patch deployment web -p '{"spec":{"replicas":2}}'
      """
    Then the output is:
      """
      deployment.apps/web patched (no change)
      """
    When I run:
      """
      kubectl patch deployment web --type merge -p '{"metadata":{"labels":{"team":"a"}}}'
      """
    Then the output is:
      """
      deployment.apps/web patched
      """
    When I run:
      """
      kubectl patch deployment web --type json -p '[{"op":"replace","path":"/spec/replicas","value":1}]'
      """
    Then the output is:
      """
      deployment.apps/web patched
      """
    When I run "kubectl get deploy web -o jsonpath='{.spec.replicas} {.metadata.labels.team} {.spec.template.spec.containers[0].image}'"
    Then the output is:
      """
      1 a nginx:1.26
      """

  Scenario: set env and set resources
    Given I run "kubectl create deployment web --image=nginx:1.25"
    When I run "kubectl set env deployment/web GREETING=hello MODE=prod"
    Then the output is:
      """
      deployment.apps/web env updated
      """
    When I run "kubectl set env deployment/web --list"
    Then the output is:
      """
      # Deployment web, container nginx
      GREETING=hello
      MODE=prod
      """
    When I run "kubectl set env deployment/web MODE-"
    Then the output is:
      """
      deployment.apps/web env updated
      """
    When I run "kubectl set resources deployment web --limits=cpu=200m,memory=512Mi --requests=cpu=100m"
    Then the output is:
      """
      deployment.apps/web resource requirements updated
      """
    When I run "kubectl set resources deployment web --limits=cpu=200m,memory=512Mi --requests=cpu=100m"
    Then the command succeeds
    When I run "kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[0].resources}'"
    Then the output is:
      """
      {"limits":{"cpu":"200m","memory":"512Mi"},"requests":{"cpu":"100m"}}
      """
    When I run "kubectl rollout history deployment web"
    Then the output is:
      """
      deployment.apps/web 
      REVISION  CHANGE-CAUSE
      1         <none>
      2         <none>
      3         <none>

      """

  Scenario: delete all --all removes the workloads and the kubernetes Service comes back
    Given I run "kubectl create deployment web --image=nginx:1.25 --replicas=2"
    And I run "kubectl create service clusterip web --tcp=80:80"
    When 30s pass
    And I run "kubectl get all"
    Then the output is:
      """
      NAME                       READY   STATUS    RESTARTS   AGE
      pod/web-68bf9f694d-5vpfq   1/1     Running   0          30s
      pod/web-68bf9f694d-jhtnj   1/1     Running   0          30s

      NAME                 TYPE        CLUSTER-IP       EXTERNAL-IP   PORT(S)   AGE
      service/kubernetes   ClusterIP   10.96.0.1        <none>        443/TCP   30s
      service/web          ClusterIP   10.106.175.246   <none>        80/TCP    30s

      NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
      deployment.apps/web   2/2     2            2           30s

      NAME                             DESIRED   CURRENT   READY   AGE
      replicaset.apps/web-68bf9f694d   2         2         2       30s
      """
    When I run "kubectl delete all --all"
    Then the output is:
      """
      pod "web-68bf9f694d-5vpfq" deleted
      pod "web-68bf9f694d-jhtnj" deleted
      service "kubernetes" deleted
      service "web" deleted
      deployment.apps "web" deleted
      replicaset.apps "web-68bf9f694d" deleted
      """
    When I run "kubectl get all"
    Then the command succeeds
    And the output contains "No resources found in default namespace."
    When 10s pass
    And I run "kubectl get all"
    Then the output is:
      """
      NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
      service/kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   1s
      """
