Feature: Bad manifests are rejected with kubectl's words and change nothing
  Whatever is wrong with a manifest — its YAML, its shape, an unknown or mistyped field, a value the
  API server refuses — `kubectl apply` fails with exactly the message kubectl v1.32 prints, and the
  cluster is left as it was. With several documents, the good ones are applied and every bad one is
  reported. (More refusals: features/deployment/bad-input.feature.)

  Background:
    Given deployment "web" with 2 replicas of image "nginx:1.25"

  Scenario: A tab used for indentation
    When I try to apply the following manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
      	name: kubia
      """
    Then the command fails with:
      """
      error: error parsing STDIN: error converting YAML to JSON: yaml: line 4: found character that cannot start any token
      """
    And the cluster is unchanged

  Scenario: A key indented less than the one before it
    When I try to apply the following manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: kubia
       labels:
          app: kubia
      """
    Then the command fails with:
      """
      error: error parsing STDIN: error converting YAML to JSON: yaml: line 4: did not find expected key
      """
    And the cluster is unchanged

  Scenario: A flow mapping left open
    When I try to apply the following manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: kubia
      """
    Then the command fails with:
      """
      error: error parsing STDIN: error converting YAML to JSON: yaml: line 3: did not find expected ',' or '}'
      """
    And the cluster is unchanged

  Scenario: A document that is a list, not an object
    When I try to apply the following manifest:
      """
      - apiVersion: apps/v1
        kind: Deployment
      """
    Then the command fails with:
      """
      error: error validating "STDIN": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false
      """
    And the cluster is unchanged

  Scenario: A document without apiVersion
    When I try to apply the following manifest:
      """
      kind: Deployment
      metadata:
        name: kubia
      """
    Then the command fails with:
      """
      error: error validating "STDIN": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false
      """
    And the cluster is unchanged

  Scenario: A document without apiVersion and kind
    When I try to apply the following manifest:
      """
      metadata:
        name: kubia
      """
    Then the command fails with:
      """
      error: error validating "STDIN": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false
      """
    And the cluster is unchanged

  Scenario: A misspelled field is an unknown field
    When I try to apply the following manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: kubia
      spec:
        replica: 3
        selector:
          matchLabels:
            app: kubia
        template:
          metadata:
            labels:
              app: kubia
          spec:
            containers:
            - name: nodejs
              image: luksa/kubia:v1
      """
    Then the command fails with:
      """
      Error from server (BadRequest): error when creating "STDIN": Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replica"
      """
    And the cluster is unchanged

  Scenario: Every unknown field is named, with its path
    When I try to apply the following manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: kubia
        lables:
          app: kubia
      spec:
        replicas: 3
        selector:
          matchLabels:
            app: kubia
        template:
          metadata:
            labels:
              app: kubia
          spec:
            containers:
            - name: nodejs
              imagee: luksa/kubia:v1
      """
    Then the command fails with:
      """
      Error from server (BadRequest): error when creating "STDIN": Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "metadata.lables", unknown field "spec.template.spec.containers[0].imagee"
      """
    And the cluster is unchanged

  Scenario: A value of the wrong type
    When I try to apply the following manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: kubia
      spec:
        replicas: three
        selector:
          matchLabels:
            app: kubia
        template:
          metadata:
            labels:
              app: kubia
          spec:
            containers:
            - name: nodejs
              image: luksa/kubia:v1
      """
    Then the command fails with:
      """
      Error from server (BadRequest): error when creating "STDIN": Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32
      """
    And the cluster is unchanged

  Scenario: maxUnavailable may not be more than 100%
    When I try to apply the following manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: kubia
      spec:
        replicas: 3
        strategy:
          rollingUpdate:
            maxSurge: 1
            maxUnavailable: 150%
        selector:
          matchLabels:
            app: kubia
        template:
          metadata:
            labels:
              app: kubia
          spec:
            containers:
            - name: nodejs
              image: luksa/kubia:v1
      """
    Then the command fails with:
      """
      The Deployment "kubia" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"150%"}: must not be greater than 100%
      """
    And the cluster is unchanged

  Scenario: A name must be a lowercase DNS-1123 subdomain
    When I try to apply the following manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: Kubia_1
      spec:
        replicas: 3
        selector:
          matchLabels:
            app: kubia
        template:
          metadata:
            labels:
              app: kubia
          spec:
            containers:
            - name: nodejs
              image: luksa/kubia:v1
      """
    Then the command fails with:
      """
      The Deployment "Kubia_1" is invalid: metadata.name: Invalid value: "Kubia_1": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')
      """
    And the cluster is unchanged

  Scenario: Recreate takes no rollingUpdate block
    When I try to apply the following manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: kubia
      spec:
        replicas: 3
        strategy:
          type: Recreate
          rollingUpdate:
            maxSurge: 1
        selector:
          matchLabels:
            app: kubia
        template:
          metadata:
            labels:
              app: kubia
          spec:
            containers:
            - name: nodejs
              image: luksa/kubia:v1
      """
    Then the command fails with:
      """
      The Deployment "kubia" is invalid: spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'
      """
    And the cluster is unchanged

  Scenario: The selector of an existing Deployment cannot change
    When I try to apply the following manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 2
        selector:
          matchLabels:
            app: web
            tier: front
        template:
          metadata:
            labels:
              app: web
              tier: front
          spec:
            containers:
            - name: nginx
              image: nginx:1.25
      """
    Then the command fails with:
      """
      The Deployment "web" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"web", "tier":"front"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable
      """
    And the cluster is unchanged

  Scenario: kubectl apply needs a name to look the object up
    When I try to apply the following manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        labels:
          app: kubia
      spec:
        replicas: 1
      """
    Then the command fails with:
      """
      error: error when retrieving current configuration of:
      Resource: "apps/v1, Resource=deployments", GroupVersionKind: "apps/v1, Kind=Deployment"
      Name: "", Namespace: "default"
      from server for: "STDIN": resource name may not be empty
      """
    And the cluster is unchanged

  Scenario: Several documents: the good one is applied, each bad one is reported
    When I try to apply the following manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: good
      spec:
        replicas: 2
        selector:
          matchLabels:
            app: good
        template:
          metadata:
            labels:
              app: good
          spec:
            containers:
            - name: nodejs
              image: luksa/kubia:v1
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: typo
      spec:
        replica: 3
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: bad
      spec:
        replicas: -1
        selector:
          matchLabels:
            app: bad
        template:
          metadata:
            labels:
              app: bad
          spec:
            containers:
            - name: nodejs
              image: luksa/kubia:v1
      """
    Then the command fails with:
      """
      Error from server (BadRequest): error when creating "STDIN": Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replica"
      Error from server (Invalid): error when creating "STDIN": Deployment.apps "bad" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0
      """
    And the command printed:
      """
      deployment.apps/good created
      """
    And deployment "good" has 2 available replicas
    When I run "kubectl get deployments"
    Then the output is:
      """
      NAME   READY   UP-TO-DATE   AVAILABLE   AGE
      good   2/2     2            2           1s
      web    2/2     2            2           2s
      """

  Scenario: A document that cannot be read stops the file; the ones before it are applied
    When I try to apply the following manifest:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: good
      spec:
        replicas: 1
        selector:
          matchLabels:
            app: good
        template:
          metadata:
            labels:
              app: good
          spec:
            containers:
            - name: nodejs
              image: luksa/kubia:v1
      ---
      kind: Deployment
      metadata:
        name: lost
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: never-read
      """
    Then the command fails with:
      """
      error: error validating "STDIN": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false
      """
    And the command printed:
      """
      deployment.apps/good created
      """
