# language: ko
기능: apply와 scale 뒤의 kubectl get
  튜토리얼 000(T000-02…04)과 004(T004-05)의 출력을 v1.32 형식으로 재현한다. 디플로이먼트는
  파드 템플릿 해시가 이름에 들어간 레플리카셋 하나를 만들고, 파드 이름도 그 뒤를 따른다. 스케일하면
  같은 레플리카셋에 파드가 더해진다.

  시나리오: 레플리카 3개짜리 매니페스트를 적용하면 레플리카셋 하나와 파드 3개가 생긴다
    만일 "kubectl apply -f features/manifests/web-deploy.yaml" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/web-deploy created
      """
    만일 10초가 지나면
    그리고 "kubectl get deploy" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME         READY   UP-TO-DATE   AVAILABLE   AGE
      web-deploy   3/3     3            3           10s
      """
    만일 73초가 지나면
    그리고 "kubectl get rs" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME                    DESIRED   CURRENT   READY   AGE
      web-deploy-7b8c6bd8bc   3         3         3       83s
      """
    만일 4초가 지나면
    그리고 "kubectl get po -o wide" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME                          READY   STATUS    RESTARTS   AGE   IP           NODE       NOMINATED NODE   READINESS GATES
      web-deploy-7b8c6bd8bc-htnjq   1/1     Running   0          87s   10.244.0.4   minikube   <none>           <none>
      web-deploy-7b8c6bd8bc-nnwks   1/1     Running   0          87s   10.244.0.2   minikube   <none>           <none>
      web-deploy-7b8c6bd8bc-t5qwn   1/1     Running   0          87s   10.244.0.3   minikube   <none>           <none>
      """

  시나리오: 매니페스트의 레플리카를 10으로 늘려 적용하면 기존 파드 3개는 그대로 두고 7개를 새로 만든다
    조건 "kubectl apply -f features/manifests/web-deploy.yaml" 명령을 실행했다
    만일 5분7초가 지나면
    그리고 "kubectl apply -f features/manifests/web-deploy-replicas-10.yaml" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/web-deploy configured
      """
    만일 33초가 지나면
    그리고 "kubectl get po" 명령을 실행하면
    그러면 다음과 같이 출력된다:
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
    만일 "kubectl get rs" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME                    DESIRED   CURRENT   READY   AGE
      web-deploy-7b8c6bd8bc   10        10        10      5m40s
      """

  시나리오: kubectl scale은 원하는 개수를 바로 올리고, 준비 상태는 뒤따라온다
    조건 "kubectl create deployment mysql --image=mysql:5.7" 명령을 실행했다
    만일 14분이 지나면
    그리고 "kubectl get deploy" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME    READY   UP-TO-DATE   AVAILABLE   AGE
      mysql   1/1     1            1           14m
      """
    만일 "kubectl scale deployment/mysql --replicas=3" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/mysql scaled
      """
    만일 "kubectl get deploy" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME    READY   UP-TO-DATE   AVAILABLE   AGE
      mysql   1/3     3            1           14m
      """
    만일 3분이 지나면
    그리고 "kubectl get deploy" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME    READY   UP-TO-DATE   AVAILABLE   AGE
      mysql   3/3     3            3           17m
      """

  시나리오: 디플로이먼트가 만든 파드와 레플리카셋 이름에는 파드 템플릿 해시가 들어간다
    조건 "kubectl create -f features/manifests/kubia-deployment-v1.yaml --record" 명령을 실행했다
    만일 2분27초가 지나면
    그리고 "kubectl get po" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME                     READY   STATUS    RESTARTS   AGE
      kubia-7cdfc888c4-htnjq   1/1     Running   0          2m27s
      kubia-7cdfc888c4-nnwks   1/1     Running   0          2m27s
      kubia-7cdfc888c4-t5qwn   1/1     Running   0          2m27s
      """
    만일 29초가 지나면
    그리고 "kubectl get replicasets" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME               DESIRED   CURRENT   READY   AGE
      kubia-7cdfc888c4   3         3         3       2m56s
      """
    만일 "kubectl get po --show-labels" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME                     READY   STATUS    RESTARTS   AGE     LABELS
      kubia-7cdfc888c4-htnjq   1/1     Running   0          2m56s   app=kubia,pod-template-hash=7cdfc888c4
      kubia-7cdfc888c4-nnwks   1/1     Running   0          2m56s   app=kubia,pod-template-hash=7cdfc888c4
      kubia-7cdfc888c4-t5qwn   1/1     Running   0          2m56s   app=kubia,pod-template-hash=7cdfc888c4
      """
    만일 "kubectl get po -L pod-template-hash -l app=kubia" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      NAME                     READY   STATUS    RESTARTS   AGE     POD-TEMPLATE-HASH
      kubia-7cdfc888c4-htnjq   1/1     Running   0          2m56s   7cdfc888c4
      kubia-7cdfc888c4-nnwks   1/1     Running   0          2m56s   7cdfc888c4
      kubia-7cdfc888c4-t5qwn   1/1     Running   0          2m56s   7cdfc888c4
      """
