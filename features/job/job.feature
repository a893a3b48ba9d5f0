Feature: Jobs run pods to completion
  A Job runs up to `parallelism` pods at a time until `completions` of them have succeeded.
  Failed pods count against `backoffLimit`; past it the Job fails with BackoffLimitExceeded.

  Scenario: Three completions, two at a time
    Given image "busybox:1.36" completes its work after 5 seconds
    When I apply the following manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: batch-job
      spec:
        completions: 3
        parallelism: 2
        template:
          spec:
            restartPolicy: OnFailure
            containers:
            - name: main
              image: busybox:1.36
      """
    And 20 seconds pass
    And I run "kubectl get jobs"
    Then the output is:
      """
      NAME        STATUS     COMPLETIONS   DURATION   AGE
      batch-job   Complete   3/3           12s        20s
      """
    When I run "kubectl get pods"
    Then the output contains "Completed"

  Scenario: A failing Job stops at its backoff limit
    Given image "busybox:broken" crashes after 2 seconds
    When I apply the following manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: failing
      spec:
        backoffLimit: 2
        template:
          spec:
            restartPolicy: Never
            containers:
            - name: main
              image: busybox:broken
      """
    And 2 minutes pass
    And I run "kubectl get job failing"
    Then the output contains "Failed"
    And the output contains "0/1"

  Scenario: A Job template must not restart Always
    When I try to apply the following manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: wrong
      spec:
        template:
          spec:
            containers:
            - name: main
              image: busybox:1.36
      """
    Then the command fails with:
      """
      The Job "wrong" is invalid: spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never"
      """
    And the cluster is unchanged
