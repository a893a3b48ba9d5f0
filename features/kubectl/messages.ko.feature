# language: ko
기능: kubectl이 무언가를 바꿀 때 출력하는 메시지와 오류
  kubectl v1.32가 출력하는 그대로의 메시지와 종료 코드: created / configured / unchanged, scaled,
  image updated, labeled, annotated, patched, 그리고 NotFound / AlreadyExists / 알 수 없는 타입 /
  알 수 없는 플래그 / 인자 누락 오류.

  시나리오: apply, create와 그 응답
    만일 "kubectl apply -f features/manifests/web-deploy.yaml" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/web-deploy created
      """
    만일 "kubectl apply -f features/manifests/web-deploy.yaml" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/web-deploy unchanged
      """
    만일 "kubectl apply -f features/manifests/web-deploy-replicas-10.yaml" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/web-deploy configured
      """
    만일 "kubectl create -f features/manifests/web-deploy.yaml" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      Error from server (AlreadyExists): error when creating "features/manifests/web-deploy.yaml": deployments.apps "web-deploy" already exists
      """
    만일 "kubectl get deploy nosuch" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      Error from server (NotFound): deployments.apps "nosuch" not found
      """
    만일 "kubectl get nosuch" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: the server doesn't have a resource type "nosuch"
      """
    만일 "kubectl get deploy --bogus" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: unknown flag: --bogus
      See 'kubectl get --help' for usage.
      """
    만일 "kubectl get" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

      error: Required resource not specified.
      Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
      See 'kubectl get -h' for help and examples
      """
    만일 "kubectl set image deploy web-deploy" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: at least one image update is required
      """
    만일 "kubectl delete deploy web-deploy nosuch" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      Error from server (NotFound): deployments.apps "nosuch" not found
      """

  시나리오: scale, set image, label, annotate, patch
    조건 "kubectl create deployment web --image=nginx:1.25 --replicas=2" 명령을 실행했다
    만일 "kubectl scale deployment web --replicas=3" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/web scaled
      """
    만일 "kubectl scale deployment web --replicas=4 --current-replicas=2" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: Expected replicas to be 2, was 3
      """
    만일 "kubectl scale deployment nosuch --replicas=1" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: no objects passed to scale deployments.apps "nosuch" not found
      """
    만일 "kubectl set image deployment web nginx=nginx:1.26" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/web image updated
      """
    만일 "kubectl set image deployment web nginx=nginx:1.26" 명령을 실행하면
    그러면 명령이 성공한다
    만일 "kubectl set image deployment web nosuch=nginx:1.26" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: unable to find container named "nosuch"
      """
    만일 "kubectl label deployment web tier=frontend" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/web labeled
      """
    만일 "kubectl label deployment web tier=frontend" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/web not labeled
      """
    만일 "kubectl label deployment web tier=backend" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: 'tier' already has a value (frontend), and --overwrite is false
      """
    만일 "kubectl label deployment web tier=backend --overwrite" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/web labeled
      """
    만일 "kubectl label deployment web tier-" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/web unlabeled
      """
    만일 "kubectl label deployment web tier-" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      label "tier" not found.
      deployment.apps/web not labeled
      """
    만일 "kubectl annotate deployment web note=hello" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/web annotated
      """
    만일 "kubectl annotate deployment web note=bye" 명령을 실행하면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: --overwrite is false but found the following declared annotation(s): 'note' already has a value (hello)
      """
    만일 다음 명령을 실행하면:
      """
      kubectl patch deployment web -p '{"spec":{"replicas":2}}'
      """
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/web patched
      """
    만일 다음 명령을 실행하면:
      """
      kubectl patch deployment web -p '{"spec":{"replicas":2}}'
      """
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/web patched (no change)
      """
    만일 다음 명령을 실행하면:
      """
      kubectl patch deployment web --type merge -p '{"metadata":{"labels":{"team":"a"}}}'
      """
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/web patched
      """
    만일 다음 명령을 실행하면:
      """
      kubectl patch deployment web --type json -p '[{"op":"replace","path":"/spec/replicas","value":1}]'
      """
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/web patched
      """
    만일 "kubectl get deploy web -o jsonpath='{.spec.replicas} {.metadata.labels.team} {.spec.template.spec.containers[0].image}'" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      1 a nginx:1.26
      """

  시나리오: set env와 set resources
    조건 "kubectl create deployment web --image=nginx:1.25" 명령을 실행했다
    만일 "kubectl set env deployment/web GREETING=hello MODE=prod" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/web env updated
      """
    만일 "kubectl set env deployment/web --list" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      # Deployment web, container nginx
      GREETING=hello
      MODE=prod
      """
    만일 "kubectl set env deployment/web MODE-" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/web env updated
      """
    만일 "kubectl set resources deployment web --limits=cpu=200m,memory=512Mi --requests=cpu=100m" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/web resource requirements updated
      """
    만일 "kubectl set resources deployment web --limits=cpu=200m,memory=512Mi --requests=cpu=100m" 명령을 실행하면
    그러면 명령이 성공한다
    만일 "kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[0].resources}'" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      {"limits":{"cpu":"200m","memory":"512Mi"},"requests":{"cpu":"100m"}}
      """
    만일 "kubectl rollout history deployment web" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/web 
      REVISION  CHANGE-CAUSE
      1         <none>
      2         <none>
      3         <none>

      """

  시나리오: delete all --all은 워크로드를 모두 지우고, kubernetes 서비스는 다시 생긴다
    조건 "kubectl create deployment web --image=nginx:1.25 --replicas=2" 명령을 실행했다
    그리고 "kubectl create service clusterip web --tcp=80:80" 명령을 실행했다
    만일 30초가 지나면
    그리고 "kubectl get all" 명령을 실행하면
    그러면 다음과 같이 출력된다:
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
    만일 "kubectl delete all --all" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      pod "web-68bf9f694d-5vpfq" deleted
      pod "web-68bf9f694d-jhtnj" deleted
      service "kubernetes" deleted
      service "web" deleted
      deployment.apps "web" deleted
      replicaset.apps "web-68bf9f694d" deleted
      """
    만일 "kubectl get all" 명령을 실행하면
    그러면 명령이 성공한다
    그리고 출력에 "No resources found in default namespace."이 포함된다
    만일 10초가 지나면
    그리고 "kubectl get all" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
      service/kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   1s
      """
