Feature: Escaping <script>alert("feature")</script>
  A feature whose names, arguments and manifests carry markup: the report must show it as text.
  It also fails one scenario and leaves a step undefined, so the report's failure paths are seen.

  Scenario: A manifest with <script>alert("scenario")</script> in it
    Given the following manifest is applied:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        annotations:
          note: "<script>alert('manifest')</script>"
      spec:
        replicas: 4
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
            - name: nginx
              image: nginx:1.25
      """
    When I run "kubectl annotate deployment web 'note2=<b>bold</b>'"
    Then the output contains "annotated"

  Scenario: Too strict <img src=x onerror=alert(1)>: 10 replicas never drop below 9
    Given deployment "web" with 10 replicas of image "nginx:1.25"
    When the image changes to "nginx:1.26"
    Then at least 9 pods stay available throughout the rollout

  Scenario: A step nobody wrote
    Given deployment "web" with 2 replicas of image "nginx:1.25"
    When the <marquee>cluster</marquee> is asked something nobody defined
