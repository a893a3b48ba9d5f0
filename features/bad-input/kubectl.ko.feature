# language: ko
기능: kubectl이 거부할 명령은 kubectl의 메시지 그대로 거부되고 아무것도 바꾸지 않는다
  알 수 없는 명령, 플래그, 리소스 타입과 이름, 타입이 틀린 값, 빠진 인자: kubectl v1.32는 무엇을 바꾸기
  전에(또는 바꾸는 대신) 이런 오류를 출력하고, kubespec도 글자 하나 다르지 않게 똑같이 출력한다. 클러스터는
  그대로 남는다.

  배경:
    먼저 "nginx:1.25" 이미지로 레플리카 2개를 띄운 디플로이먼트 "web"이 있다

  시나리오: 알 수 없는 명령이면 가장 비슷한 명령을 알려 준다
    만일 "kubectl scael deployment web --replicas=3" 명령을 실행해 보면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: unknown command "scael" for "kubectl"

      Did you mean this?
      	scale
      """
    그리고 클러스터는 그대로다

  시나리오: 알 수 없는 하위 명령
    만일 "kubectl rollout restat deployment web" 명령을 실행해 보면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: unknown command "restat deployment web"
      See 'kubectl rollout -h' for help and examples
      """
    그리고 클러스터는 그대로다

  시나리오: 알 수 없는 플래그
    만일 "kubectl get pods --colour" 명령을 실행해 보면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: unknown flag: --colour
      See 'kubectl get --help' for usage.
      """
    그리고 클러스터는 그대로다

  시나리오: 플래그 값의 타입이 틀리면
    만일 "kubectl scale deployment web --replicas=three" 명령을 실행해 보면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: invalid argument "three" for "--replicas" flag: strconv.ParseInt: parsing "three": invalid syntax
      See 'kubectl scale --help' for usage.
      """
    그리고 클러스터는 그대로다

  시나리오: 음수 레플리카 수
    만일 "kubectl scale deployment web --replicas=-1" 명령을 실행해 보면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0
      """
    그리고 클러스터는 그대로다

  시나리오: 알 수 없는 리소스 타입
    만일 "kubectl get deploymnets" 명령을 실행해 보면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: the server doesn't have a resource type "deploymnets"
      """
    그리고 클러스터는 그대로다

  시나리오: 없는 이름
    만일 "kubectl rollout undo deployment nosuch" 명령을 실행해 보면
    그러면 명령은 다음 오류로 실패한다:
      """
      Error from server (NotFound): deployments.apps "nosuch" not found
      """
    그리고 클러스터는 그대로다

  시나리오: 없는 컨테이너
    만일 "kubectl set image deployment/web nginz=nginx:1.26" 명령을 실행해 보면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: unable to find container named "nginz"
      """
    그리고 클러스터는 그대로다

  시나리오: 이력에 없는 리비전
    만일 "kubectl rollout undo deployment web --to-revision=9" 명령을 실행해 보면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: unable to find specified revision 9 in history
      """
    그리고 클러스터는 그대로다

  시나리오: 없는 출력 형식
    만일 "kubectl get deployment web -o yml" 명령을 실행해 보면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: unable to match a printer suitable for the output format "yml", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml
      """
    그리고 클러스터는 그대로다

  시나리오: --replicas 없이 scale
    만일 "kubectl scale deployment web" 명령을 실행해 보면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: required flag(s) "replicas" not set
      """
    그리고 클러스터는 그대로다

  시나리오: 리소스 없이 rollout status
    만일 "kubectl rollout status" 명령을 실행해 보면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: required resource not specified
      """
    그리고 클러스터는 그대로다

  시나리오: 이미지 없이 set image
    만일 "kubectl set image deployment/web" 명령을 실행해 보면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: at least one image update is required
      """
    그리고 클러스터는 그대로다

  시나리오: 파일 없이 apply
    만일 "kubectl apply" 명령을 실행해 보면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: must specify one of -f and -k
      """
    그리고 클러스터는 그대로다

  시나리오: 지울 대상 없이 delete
    만일 "kubectl delete" 명령을 실행해 보면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: You must provide one or more resources by argument or filename.
      Example resource specifications include:
         '-f rsrc.yaml'
         '--filename=rsrc.json'
         '<resource> <name>'
         '<resource>'
      """
    그리고 클러스터는 그대로다

  시나리오: 없는 파일
    만일 "kubectl apply -f nosuch.yaml" 명령을 실행해 보면
    그러면 명령은 다음 오류로 실패한다:
      """
      error: the path "nosuch.yaml" does not exist
      """
    그리고 클러스터는 그대로다
