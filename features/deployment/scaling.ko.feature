# language: ko
기능: 디플로이먼트 스케일
  디플로이먼트는 replicas 필드에 적힌 개수만큼 파드를 유지한다. 스케일은 이 개수를 바꾸는 것으로,
  매니페스트를 고쳐 다시 적용하거나 `kubectl scale` 명령을 쓰면 된다. 스케일만으로는 새 리비전이
  생기지 않는다.

  시나리오: 매니페스트의 레플리카를 3개에서 10개로 고쳐 다시 적용하면 파드가 10개로 늘어난다
    먼저 "kubectl apply -f features/manifests/web-deploy.yaml" 명령을 실행했다
    그리고 다음과 같이 출력된다:
      """
      deployment.apps/web-deploy created
      """
    그리고 "kubectl rollout status deployment web-deploy" 명령을 실행했다
    만일 "kubectl apply -f features/manifests/web-deploy-replicas-10.yaml" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/web-deploy configured
      """
    그리고 디플로이먼트 "web-deploy"의 사용 가능한 레플리카는 10개다
    그리고 디플로이먼트 "web-deploy"의 실행 중인 파드는 10개다
    그리고 롤아웃 이력에는 리비전 1만 있다

  시나리오: kubectl scale로 레플리카를 10개로 늘려도 새 레플리카셋이나 리비전은 생기지 않는다
    조건 "nginx:1.25" 이미지로 레플리카 3개를 띄운 디플로이먼트 "web-deploy"가 있다
    만일 "kubectl scale deployment web-deploy --replicas=10" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/web-deploy scaled
      """
    그리고 디플로이먼트 "web-deploy"의 사용 가능한 레플리카는 10개다
    그리고 디플로이먼트 "web-deploy"의 레플리카셋은 1개다
    그리고 롤아웃 이력에는 리비전 1만 있다

  시나리오: 레플리카를 줄이면 남는 파드가 정리된다
    조건 "nginx:1.25" 이미지로 레플리카 5개를 띄운 디플로이먼트 "web"이 있다
    만일 레플리카를 2개로 줄이면
    그리고 1분이 지나면
    그러면 디플로이먼트 "web"의 실행 중인 파드는 2개다
    그리고 디플로이먼트 "web"의 사용 가능한 레플리카는 2개다

  시나리오: 같은 매니페스트를 두 번 적용하면 아무것도 바뀌지 않는다
    조건 "kubectl apply -f features/manifests/web-deploy.yaml" 명령을 실행했다
    만일 "kubectl apply -f features/manifests/web-deploy.yaml" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      deployment.apps/web-deploy unchanged
      """
