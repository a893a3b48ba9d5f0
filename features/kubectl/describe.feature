Feature: kubectl describe
  describe deployment as tutorial 000 shows it (T000-06), with the v1.32 event wording ("from 3 to
  10"), the Pod Template block of v1.32 and the conditions in the order their last change gives them.

  Scenario: describe shows the default strategy, the conditions and the scaling events
    Given I run "kubectl apply -f features/manifests/web-deploy.yaml"
    When 5m pass
    Given I run "kubectl apply -f features/manifests/web-deploy-replicas-10.yaml"
    When 13m pass
    And I run "kubectl describe deployment web-deploy"
    Then the output is:
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

  Scenario: describe replicaset and pod
    Given I run "kubectl create deployment web --image=nginx:1.25 --replicas=2"
    When 1m pass
    And I run "kubectl describe rs"
    Then the output is:
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
    When I run "kubectl describe pods web"
    Then the output is:
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

  Scenario: describe node lists the pods on it and what they request
    Given I run "kubectl create deployment web --image=nginx:1.25 --replicas=2"
    And I run "kubectl set resources deployment web --requests=cpu=250m,memory=64Mi --limits=cpu=500m,memory=128Mi"
    When 1m pass
    And I run "kubectl describe node minikube"
    Then the output is:
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

  Scenario: describe service shows its ready endpoints
    Given I run "kubectl create deployment web --image=nginx:1.25 --replicas=2"
    And I run "kubectl create service clusterip web --tcp=80:80"
    When 30s pass
    And I run "kubectl describe svc web"
    Then the output is:
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
