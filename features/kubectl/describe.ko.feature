# language: ko
기능: kubectl describe
  튜토리얼 000(T000-06)의 describe deployment 출력을 v1.32 형식으로 재현한다. 이벤트 문구는
  "from 3 to 10"이고, 파드 템플릿 블록은 v1.32 형식이며, 상태 조건은 마지막으로 바뀐 순서대로 나온다.

  시나리오: describe 결과에 기본 배포 전략과 상태 조건, 스케일 이벤트가 나온다
    조건 "kubectl apply -f features/manifests/web-deploy.yaml" 명령을 실행했다
    만일 5분이 지나면
    조건 "kubectl apply -f features/manifests/web-deploy-replicas-10.yaml" 명령을 실행했다
    만일 13분이 지나면
    그리고 "kubectl describe deployment web-deploy" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      Name:                   web-deploy
      Namespace:              default
      CreationTimestamp:      Thu, 01 Jan 2026 00:00:00 +0000
      Labels:                 <none>
      Annotations:            deployment.kubernetes.io/revision: 1
      Selector:               app=web
      Replicas:               10 desired | 10 updated | 10 total | 10 available | 0 unavailable
      StrategyType:           RollingUpdate
      MinReadySeconds:        0
      RollingUpdateStrategy:  25% max unavailable, 25% max surge
      Pod Template:
        Labels:  app=web
        Containers:
         nginx:
          Image:         nginx:latest
          Port:          <none>
          Host Port:     <none>
          Environment:   <none>
          Mounts:        <none>
        Volumes:         <none>
        Node-Selectors:  <none>
        Tolerations:     <none>
      Conditions:
        Type           Status  Reason
        ----           ------  ------
        Progressing    True    NewReplicaSetAvailable
        Available      True    MinimumReplicasAvailable
      OldReplicaSets:  <none>
      NewReplicaSet:   web-deploy-7b8c6bd8bc (10/10 replicas created)
      Events:
        Type    Reason             Age   From                   Message
        ----    ------             ----  ----                   -------
        Normal  ScalingReplicaSet  18m   deployment-controller  Scaled up replica set web-deploy-7b8c6bd8bc from 0 to 3
        Normal  ScalingReplicaSet  13m   deployment-controller  Scaled up replica set web-deploy-7b8c6bd8bc from 3 to 10
      """

  시나리오: 레플리카셋과 파드의 describe
    조건 "kubectl create deployment web --image=nginx:1.25 --replicas=2" 명령을 실행했다
    만일 1분이 지나면
    그리고 "kubectl describe rs" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      Name:           web-68bf9f694d
      Namespace:      default
      Selector:       app=web,pod-template-hash=68bf9f694d
      Labels:         app=web
                      pod-template-hash=68bf9f694d
      Annotations:    deployment.kubernetes.io/desired-replicas: 2
                      deployment.kubernetes.io/max-replicas: 3
                      deployment.kubernetes.io/revision: 1
      Controlled By:  Deployment/web
      Replicas:       2 current / 2 desired
      Pods Status:    2 Running / 0 Waiting / 0 Succeeded / 0 Failed
      Pod Template:
        Labels:  app=web
                 pod-template-hash=68bf9f694d
        Containers:
         nginx:
          Image:         nginx:1.25
          Port:          <none>
          Host Port:     <none>
          Environment:   <none>
          Mounts:        <none>
        Volumes:         <none>
        Node-Selectors:  <none>
        Tolerations:     <none>
      Events:
        Type    Reason            Age   From                   Message
        ----    ------            ----  ----                   -------
        Normal  SuccessfulCreate  60s   replicaset-controller  Created pod: web-68bf9f694d-nnwks
        Normal  SuccessfulCreate  60s   replicaset-controller  Created pod: web-68bf9f694d-t5qwn
      """
    만일 "kubectl describe pods web" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      Name:             web-68bf9f694d-nnwks
      Namespace:        default
      Priority:         0
      Service Account:  default
      Node:             minikube/192.168.49.2
      Start Time:       Thu, 01 Jan 2026 00:00:00 +0000
      Labels:           app=web
                        pod-template-hash=68bf9f694d
      Annotations:      <none>
      Status:           Running
      IP:               10.244.0.2
      IPs:
        IP:           10.244.0.2
      Controlled By:  ReplicaSet/web-68bf9f694d
      Containers:
        nginx:
          Container ID:   containerd://nginx-0
          Image:          nginx:1.25
          Image ID:       docker-pullable://nginx:1.25
          Port:           <none>
          Host Port:      <none>
          State:          Running
            Started:      Thu, 01 Jan 2026 00:00:01 +0000
          Ready:          True
          Restart Count:  0
          Environment:    <none>
          Mounts:
            /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-qm742 (ro)
      Conditions:
        Type                        Status
        PodReadyToStartContainers   True 
        Initialized                 True 
        Ready                       True 
        ContainersReady             True 
        PodScheduled                True 
      Volumes:
        kube-api-access-qm742:
          Type:                    Projected (a volume that contains injected data from multiple sources)
          TokenExpirationSeconds:  3607
          ConfigMapName:           kube-root-ca.crt
          ConfigMapOptional:       <nil>
          DownwardAPI:             true
      QoS Class:                   BestEffort
      Node-Selectors:              <none>
      Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                   node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
      Events:
        Type    Reason     Age   From               Message
        ----    ------     ----  ----               -------
        Normal  Scheduled  60s   default-scheduler  Successfully assigned default/web-68bf9f694d-nnwks to minikube
        Normal  Pulled     59s   kubelet            Container image "nginx:1.25" already present on machine
        Normal  Created    59s   kubelet            Created container nginx
        Normal  Started    59s   kubelet            Started container nginx

      Name:             web-68bf9f694d-t5qwn
      Namespace:        default
      Priority:         0
      Service Account:  default
      Node:             minikube/192.168.49.2
      Start Time:       Thu, 01 Jan 2026 00:00:00 +0000
      Labels:           app=web
                        pod-template-hash=68bf9f694d
      Annotations:      <none>
      Status:           Running
      IP:               10.244.0.3
      IPs:
        IP:           10.244.0.3
      Controlled By:  ReplicaSet/web-68bf9f694d
      Containers:
        nginx:
          Container ID:   containerd://nginx-0
          Image:          nginx:1.25
          Image ID:       docker-pullable://nginx:1.25
          Port:           <none>
          Host Port:      <none>
          State:          Running
            Started:      Thu, 01 Jan 2026 00:00:01 +0000
          Ready:          True
          Restart Count:  0
          Environment:    <none>
          Mounts:
            /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-k9rlg (ro)
      Conditions:
        Type                        Status
        PodReadyToStartContainers   True 
        Initialized                 True 
        Ready                       True 
        ContainersReady             True 
        PodScheduled                True 
      Volumes:
        kube-api-access-k9rlg:
          Type:                    Projected (a volume that contains injected data from multiple sources)
          TokenExpirationSeconds:  3607
          ConfigMapName:           kube-root-ca.crt
          ConfigMapOptional:       <nil>
          DownwardAPI:             true
      QoS Class:                   BestEffort
      Node-Selectors:              <none>
      Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                   node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
      Events:
        Type    Reason     Age   From               Message
        ----    ------     ----  ----               -------
        Normal  Scheduled  60s   default-scheduler  Successfully assigned default/web-68bf9f694d-t5qwn to minikube
        Normal  Pulled     59s   kubelet            Container image "nginx:1.25" already present on machine
        Normal  Created    59s   kubelet            Created container nginx
        Normal  Started    59s   kubelet            Started container nginx

      """

  시나리오: describe node는 노드의 파드와 요청한 자원을 보여 준다
    조건 "kubectl create deployment web --image=nginx:1.25 --replicas=2" 명령을 실행했다
    그리고 "kubectl set resources deployment web --requests=cpu=250m,memory=64Mi --limits=cpu=500m,memory=128Mi" 명령을 실행했다
    만일 1분이 지나면
    그리고 "kubectl describe node minikube" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      Name:               minikube
      Roles:              control-plane
      Labels:             beta.kubernetes.io/arch=amd64
                          beta.kubernetes.io/os=linux
                          kubernetes.io/arch=amd64
                          kubernetes.io/hostname=minikube
                          kubernetes.io/os=linux
                          node-role.kubernetes.io/control-plane=
      Annotations:        <none>
      CreationTimestamp:  Thu, 01 Jan 2026 00:00:00 +0000
      Taints:             <none>
      Unschedulable:      false
      Lease:
        HolderIdentity:  minikube
        AcquireTime:     <unset>
        RenewTime:       Thu, 01 Jan 2026 00:01:00 +0000
      Conditions:
        Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
        ----             ------  -----------------                 ------------------                ------                       -------
        MemoryPressure   False   Thu, 01 Jan 2026 00:00:00 +0000   Thu, 01 Jan 2026 00:00:00 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
        DiskPressure     False   Thu, 01 Jan 2026 00:00:00 +0000   Thu, 01 Jan 2026 00:00:00 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure
        PIDPressure      False   Thu, 01 Jan 2026 00:00:00 +0000   Thu, 01 Jan 2026 00:00:00 +0000   KubeletHasSufficientPID      kubelet has sufficient PID available
        Ready            True    Thu, 01 Jan 2026 00:00:00 +0000   Thu, 01 Jan 2026 00:00:00 +0000   KubeletReady                 kubelet is posting ready status
      Addresses:
        InternalIP:  192.168.49.2
        Hostname:    minikube
      Capacity:
        cpu:                2
        ephemeral-storage:  61202244Ki
        memory:             8Gi
        pods:               110
      Allocatable:
        cpu:                2
        ephemeral-storage:  61202244Ki
        memory:             8Gi
        pods:               110
      System Info:
        Machine ID:                 
        System UUID:                
        Boot ID:                    
        Kernel Version:             5.15.0-1057-gcp
        OS Image:                   Ubuntu 22.04.5 LTS
        Operating System:           linux
        Architecture:               amd64
        Container Runtime Version:  containerd://1.7.24
        Kubelet Version:            v1.32.0
        Kube-Proxy Version:         v1.32.0
      PodCIDR:                      10.244.0.0/24
      PodCIDRs:                     10.244.0.0/24
      Non-terminated Pods:          (2 in total)
        Namespace                   Name                    CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
        ---------                   ----                    ------------  ----------  ---------------  -------------  ---
        default                     web-855ff5bb6c-nnwks    250m (12%)    500m (25%)  64Mi (0%)        128Mi (1%)     60s
        default                     web-855ff5bb6c-t5qwn    250m (12%)    500m (25%)  64Mi (0%)        128Mi (1%)     60s
      Allocated resources:
        (Total limits may be over 100 percent, i.e., overcommitted.)
        Resource           Requests    Limits
        --------           --------    ------
        cpu                500m (25%)  1 (50%)
        memory             128Mi (1%)  256Mi (3%)
        ephemeral-storage  0 (0%)      0 (0%)
      Events:              <none>
      """

  시나리오: describe service는 준비된 엔드포인트를 보여 준다
    조건 "kubectl create deployment web --image=nginx:1.25 --replicas=2" 명령을 실행했다
    그리고 "kubectl create service clusterip web --tcp=80:80" 명령을 실행했다
    만일 30초가 지나면
    그리고 "kubectl describe svc web" 명령을 실행하면
    그러면 다음과 같이 출력된다:
      """
      Name:                     web
      Namespace:                default
      Labels:                   app=web
      Annotations:              <none>
      Selector:                 app=web
      Type:                     ClusterIP
      IP Family Policy:         SingleStack
      IP Families:              IPv4
      IP:                       10.106.175.246
      IPs:                      10.106.175.246
      Port:                     80-80  80/TCP
      TargetPort:               80/TCP
      Endpoints:                10.244.0.2:80,10.244.0.3:80
      Session Affinity:         None
      Internal Traffic Policy:  Cluster
      Events:                   <none>
      """
