Feature: Commands kubectl would refuse are refused with its words and change nothing
  Unknown commands, flags, resource types and names, values of the wrong type and missing
  arguments: kubectl v1.32 prints each of these before (or instead of) changing anything, and so
  does kubespec, byte for byte; the cluster is left as it was.

  Background:
    Given deployment "web" with 2 replicas of image "nginx:1.25"

  Scenario: An unknown command suggests the closest one
    When I try to run "kubectl scael deployment web --replicas=3"
    Then the command fails with:
      """
      error: unknown command "scael" for "kubectl"

      Did you mean this?
      	scale
      """
    And the cluster is unchanged

  Scenario: An unknown subcommand
    When I try to run "kubectl rollout restat deployment web"
    Then the command fails with:
      """
      error: unknown command "restat deployment web"
      See 'kubectl rollout -h' for help and examples
      """
    And the cluster is unchanged

  Scenario: An unknown flag
    When I try to run "kubectl get pods --colour"
    Then the command fails with:
      """
      error: unknown flag: --colour
      See 'kubectl get --help' for usage.
      """
    And the cluster is unchanged

  Scenario: A flag value of the wrong type
    When I try to run "kubectl scale deployment web --replicas=three"
    Then the command fails with:
      """
      error: invalid argument "three" for "--replicas" flag: strconv.ParseInt: parsing "three": invalid syntax
      See 'kubectl scale --help' for usage.
      """
    And the cluster is unchanged

  Scenario: A negative replica count
    When I try to run "kubectl scale deployment web --replicas=-1"
    Then the command fails with:
      """
      error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0
      """
    And the cluster is unchanged

  Scenario: An unknown resource type
    When I try to run "kubectl get deploymnets"
    Then the command fails with:
      """
      error: the server doesn't have a resource type "deploymnets"
      """
    And the cluster is unchanged

  Scenario: An unknown name
    When I try to run "kubectl rollout undo deployment nosuch"
    Then the command fails with:
      """
      Error from server (NotFound): deployments.apps "nosuch" not found
      """
    And the cluster is unchanged

  Scenario: An unknown container
    When I try to run "kubectl set image deployment/web nginz=nginx:1.26"
    Then the command fails with:
      """
      error: unable to find container named "nginz"
      """
    And the cluster is unchanged

  Scenario: A revision that is not in the history
    When I try to run "kubectl rollout undo deployment web --to-revision=9"
    Then the command fails with:
      """
      error: unable to find specified revision 9 in history
      """
    And the cluster is unchanged

  Scenario: An output format that does not exist
    When I try to run "kubectl get deployment web -o yml"
    Then the command fails with:
      """
      error: unable to match a printer suitable for the output format "yml", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml
      """
    And the cluster is unchanged

  Scenario: scale without --replicas
    When I try to run "kubectl scale deployment web"
    Then the command fails with:
      """
      error: required flag(s) "replicas" not set
      """
    And the cluster is unchanged

  Scenario: rollout status without a resource
    When I try to run "kubectl rollout status"
    Then the command fails with:
      """
      error: required resource not specified
      """
    And the cluster is unchanged

  Scenario: set image without an image
    When I try to run "kubectl set image deployment/web"
    Then the command fails with:
      """
      error: at least one image update is required
      """
    And the cluster is unchanged

  Scenario: apply without a file
    When I try to run "kubectl apply"
    Then the command fails with:
      """
      error: must specify one of -f and -k
      """
    And the cluster is unchanged

  Scenario: delete without anything to delete
    When I try to run "kubectl delete"
    Then the command fails with:
      """
      error: You must provide one or more resources by argument or filename.
      Example resource specifications include:
         '-f rsrc.yaml'
         '--filename=rsrc.json'
         '<resource> <name>'
         '<resource>'
      """
    And the cluster is unchanged

  Scenario: A file that does not exist
    When I try to run "kubectl apply -f nosuch.yaml"
    Then the command fails with:
      """
      error: the path "nosuch.yaml" does not exist
      """
    And the cluster is unchanged
