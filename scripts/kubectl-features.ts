/**
 * Writes features/kubectl/*.feature and their Korean twins from the scenario scripts below: each
 * script is run on a fresh simulated cluster (src/cli/session.ts, as `kubespec shell` runs it) and
 * every command's exact output becomes the scenario's expectation. The formats themselves are
 * checked against the real kubectl v1.32 (src/kubectl/commands/oracle.test.ts); these files pin
 * what the simulator prints for the tutorials' transcripts (docs/tutorial-catalog.md).
 *
 *   node --require ts-node/register/transpile-only scripts/kubectl-features.ts
 *
 * Script lines: `kubectl …` (checked), `given kubectl …` (setup, must succeed), `wait 30s`,
 * `wait rollout NAME`, `image IMAGE fails from N` (image behaviour), `# comment`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Session, type StepOutput } from '../src/cli/session';

interface ScenarioSpec {
  en: string;
  ko: string;
  tags?: string[];
  seed?: number;
  nodes?: number;
  script: string;
}

interface FeatureSpec {
  file: string;
  en: [title: string, description: string];
  ko: [title: string, description: string];
  scenarios: ScenarioSpec[];
}

const FEATURES: FeatureSpec[] = [
  {
    file: 'get-after-apply-and-scale',
    en: ['kubectl get after apply and scale', 'The listings of tutorial 000 (T000-02…04) and 004 (T004-05), in their v1.32 form: a Deployment\n  makes one ReplicaSet whose name carries the pod-template hash, and pods named after it; scaling\n  adds pods to the same ReplicaSet.'],
    ko: ['apply와 scale 뒤의 kubectl get', '튜토리얼 000(T000-02…04)과 004(T004-05)의 출력을 v1.32 형식으로 재현한다. 디플로이먼트는\n  파드 템플릿 해시가 이름에 들어간 레플리카셋 하나를 만들고, 파드 이름도 그 뒤를 따른다. 스케일하면\n  같은 레플리카셋에 파드가 더해진다.'],
    scenarios: [
      {
        en: 'Applying a 3-replica manifest creates one ReplicaSet and three running pods',
        ko: '레플리카 3개짜리 매니페스트를 적용하면 레플리카셋 하나와 파드 3개가 생긴다',
        script: `kubectl apply -f features/manifests/web-deploy.yaml
wait 10s
kubectl get deploy
wait 73s
kubectl get rs
wait 4s
kubectl get po -o wide`,
      },
      {
        en: 'Raising replicas in the manifest adds pods and leaves the old ones alone',
        ko: '매니페스트의 레플리카를 10으로 늘려 적용하면 기존 파드 3개는 그대로 두고 7개를 새로 만든다',
        script: `given kubectl apply -f features/manifests/web-deploy.yaml
wait 5m7s
kubectl apply -f features/manifests/web-deploy-replicas-10.yaml
wait 33s
kubectl get po
kubectl get rs`,
      },
      {
        en: 'kubectl scale raises the desired count at once; readiness follows',
        ko: 'kubectl scale은 원하는 개수를 바로 올리고, 준비 상태는 뒤따라온다',
        script: `given kubectl create deployment mysql --image=mysql:5.7
wait 14m
kubectl get deploy
kubectl scale deployment/mysql --replicas=3
kubectl get deploy
wait 3m
kubectl get deploy`,
      },
      {
        en: 'Pod and ReplicaSet names carry the pod-template hash',
        ko: '디플로이먼트가 만든 파드와 레플리카셋 이름에는 파드 템플릿 해시가 들어간다',
        script: `given kubectl create -f features/manifests/kubia-deployment-v1.yaml --record
wait 2m27s
kubectl get po
wait 29s
kubectl get replicasets
kubectl get po --show-labels
kubectl get po -L pod-template-hash -l app=kubia`,
      },
    ],
  },
  {
    file: 'describe',
    en: ['kubectl describe', 'describe deployment as tutorial 000 shows it (T000-06), with the v1.32 event wording ("from 3 to\n  10"), the Pod Template block of v1.32 and the conditions in the order their last change gives them.'],
    ko: ['kubectl describe', '튜토리얼 000(T000-06)의 describe deployment 출력을 v1.32 형식으로 재현한다. 이벤트 문구는\n  "from 3 to 10"이고, 파드 템플릿 블록은 v1.32 형식이며, 상태 조건은 마지막으로 바뀐 순서대로 나온다.'],
    scenarios: [
      {
        en: 'describe shows the default strategy, the conditions and the scaling events',
        ko: 'describe 결과에 기본 배포 전략과 상태 조건, 스케일 이벤트가 나온다',
        script: `given kubectl apply -f features/manifests/web-deploy.yaml
wait 5m
given kubectl apply -f features/manifests/web-deploy-replicas-10.yaml
wait 13m
kubectl describe deployment web-deploy`,
      },
      {
        en: 'describe replicaset and pod',
        ko: '레플리카셋과 파드의 describe',
        script: `given kubectl create deployment web --image=nginx:1.25 --replicas=2
wait 1m
kubectl describe rs
kubectl describe pods web`,
      },
      {
        en: 'describe node lists the pods on it and what they request',
        ko: 'describe node는 노드의 파드와 요청한 자원을 보여 준다',
        script: `given kubectl create deployment web --image=nginx:1.25 --replicas=2
given kubectl set resources deployment web --requests=cpu=250m,memory=64Mi --limits=cpu=500m,memory=128Mi
wait 1m
kubectl describe node minikube`,
      },
      {
        en: 'describe service shows its ready endpoints',
        ko: 'describe service는 준비된 엔드포인트를 보여 준다',
        script: `given kubectl create deployment web --image=nginx:1.25 --replicas=2
given kubectl create service clusterip web --tcp=80:80
wait 30s
kubectl describe svc web`,
      },
    ],
  },
  {
    file: 'rollout-history',
    en: ['Rollout status, history and undo, as printed', 'Tutorial 004 (T004-03…11) in its v1.32 form. --record stores the command as the change cause and\n  later commands without --record keep it; undo brings back the previous ReplicaSet under a new\n  revision number.'],
    ko: ['롤아웃 상태, 이력, 되돌리기의 출력', '튜토리얼 004(T004-03…11)를 v1.32 형식으로 재현한다. --record는 명령을 변경 사유로 남기고, 그 뒤\n  --record 없이 실행한 명령은 그 사유를 그대로 물려받는다. undo는 이전 레플리카셋을 새 리비전 번호로\n  되살린다.'],
    scenarios: [
      {
        en: 'Create with --record, watch the rollout, read the history',
        ko: '--record로 만들고, 롤아웃을 지켜보고, 이력을 읽는다',
        script: `kubectl create -f features/manifests/kubia-deployment-v1.yaml --record
kubectl rollout status deployment kubia
kubectl rollout history deployment kubia`,
      },
      {
        en: 'set image to v2: a second ReplicaSet, the old one kept at 0',
        ko: '이미지를 v2로 바꾸면 두 번째 레플리카셋이 생기고 이전 것은 0개로 남는다',
        script: `given kubectl create -f features/manifests/kubia-deployment-v1.yaml --record
given kubectl rollout status deployment kubia
wait 1m
kubectl set image deployment kubia nodejs=luksa/kubia:v2
kubectl rollout status deployment kubia
kubectl get rs
kubectl rollout history deployment kubia
kubectl rollout history deployment kubia --revision=2`,
      },
      {
        en: 'A broken v3 rolls out completely; undo goes back to v2 as revision 4',
        ko: '망가진 v3도 끝까지 롤아웃되고, undo하면 v2가 리비전 4로 돌아온다',
        script: `image luksa/kubia:v3 fails from 5
given kubectl create -f features/manifests/kubia-deployment-v1.yaml --record
given kubectl rollout status deployment kubia
kubectl set image deployment kubia nodejs=luksa/kubia:v2 --record
given kubectl rollout status deployment kubia
kubectl set image deployment kubia nodejs=luksa/kubia:v3 --record
given kubectl rollout status deployment kubia
kubectl get po
kubectl rollout undo deployment kubia
kubectl rollout status deployment kubia
kubectl rollout history deployment kubia
kubectl rollout undo deployment kubia --to-revision=1
kubectl rollout status deployment kubia
kubectl rollout history deployment kubia
kubectl rollout undo deployment kubia --to-revision=2`,
      },
    ],
  },
  {
    file: 'rollout-status',
    en: ['rollout status waits, as kubectl does', 'The waiting lines of rollout status (T003-09, T004-18, T004-19): one line each time the Deployment\n  changes, until it is rolled out, fails its progress deadline, or --timeout passes.'],
    ko: ['rollout status는 kubectl처럼 기다린다', 'rollout status의 대기 메시지(T003-09, T004-18, T004-19): 디플로이먼트가 바뀔 때마다 한 줄씩,\n  롤아웃이 끝나거나 progress deadline을 넘기거나 --timeout이 지날 때까지 출력한다.'],
    scenarios: [
      {
        en: 'A rolling update, line by line',
        ko: '롤링 업데이트를 한 줄씩 지켜본다',
        script: `given kubectl create deployment web --image=nginx:1.25 --replicas=4
given kubectl rollout status deployment web
kubectl set image deployment web nginx=nginx:1.26
kubectl rollout status deployment web`,
      },
      {
        en: 'A readiness probe blocks the broken v3 until the progress deadline',
        ko: '레디니스 프로브가 망가진 v3를 progress deadline까지 막는다',
        script: `image luksa/kubia:v3 fails from 5
given kubectl apply -f features/manifests/kubia-deployment-v1.yaml
given kubectl rollout status deployment kubia
kubectl apply -f features/manifests/kubia-v3-readiness.yaml
kubectl rollout status deploy kubia --timeout=1m
kubectl get po
kubectl rollout status deploy kubia
kubectl describe deploy kubia
kubectl rollout undo deployment kubia
kubectl rollout status deploy kubia`,
      },
      {
        en: 'Without watching, the current state is printed once',
        ko: '--watch=false면 현재 상태를 한 번만 출력한다',
        script: `given kubectl create deployment web --image=nginx:1.25 --replicas=3
kubectl rollout status deployment web --watch=false
wait 5s
kubectl rollout status deployment web --watch=false
kubectl rollout status deployment web --revision=2`,
      },
    ],
  },
  {
    file: 'pause-resume',
    en: ['Pause and resume, as listed', 'Tutorial 004 (T004-15…17): pausing right after set image leaves one new pod next to the three\n  old ones (a canary); the listings show it; resume finishes the rollout.'],
    ko: ['일시 정지와 재개의 출력', '튜토리얼 004(T004-15…17): set image 직후에 일시 정지하면 기존 파드 3개 옆에 새 파드 1개가 남는다\n  (카나리). 목록으로 확인하고, 재개하면 롤아웃이 끝난다.'],
    scenarios: [
      {
        en: 'Pause right after the image change, list, then resume',
        ko: '이미지를 바꾸자마자 일시 정지하고, 목록을 본 뒤 재개한다',
        script: `given kubectl apply -f features/manifests/kubia-deployment-v1.yaml
given kubectl patch deployment kubia -p '{"spec":{"minReadySeconds":10,"strategy":{"rollingUpdate":{"maxSurge":1,"maxUnavailable":0}}}}'
given kubectl rollout status deployment kubia
kubectl set image deployment kubia nodejs=luksa/kubia:v4
kubectl rollout pause deployment kubia
wait 1m
kubectl get rs
kubectl get po
kubectl rollout status deployment kubia --watch=false
kubectl rollout pause deployment kubia
kubectl rollout undo deployment kubia
kubectl rollout resume deployment kubia
kubectl rollout status deployment kubia
kubectl get rs
kubectl rollout resume deployment kubia`,
      },
    ],
  },
  {
    file: 'nodes',
    en: ['cordon, drain and uncordon', 'Tutorial 000 (T000-15, T000-16): which node runs the pod; cordon keeps new pods away, drain evicts\n  the pods (kubespec evicts in pod list order and reports them in the order they disappear),\n  uncordon makes the node schedulable again.'],
    ko: ['cordon, drain, uncordon', '튜토리얼 000(T000-15, T000-16): 파드가 어느 노드에 있는지 확인하고, cordon으로 새 파드를 막고,\n  drain으로 파드를 내보낸 뒤(kubespec은 파드 목록 순서로 내보내고 사라지는 순서대로 알린다),\n  uncordon으로 다시 스케줄할 수 있게 한다.'],
    scenarios: [
      {
        en: 'Drain moves the pod to the other node',
        ko: 'drain하면 파드가 다른 노드로 옮겨 간다',
        nodes: 2,
        script: `given kubectl create deployment mysql --image=mysql:5.7
wait 1m
kubectl get po -o wide
kubectl get nodes
kubectl cordon node-1
kubectl get nodes
kubectl cordon node-1
kubectl drain node-1 --ignore-daemonsets
kubectl get po -o wide
kubectl uncordon node-1
kubectl uncordon node-1
kubectl get nodes`,
      },
      {
        en: 'Drain refuses unmanaged pods without --force',
        ko: '컨트롤러가 없는 파드는 --force 없이는 drain하지 않는다',
        nodes: 2,
        script: `given kubectl apply -f features/manifests/bare-pod.yaml
wait 10s
kubectl drain node-1
kubectl get nodes
kubectl drain node-1 --force
kubectl get po
kubectl uncordon node-1
kubectl cordon nosuch`,
      },
    ],
  },
  {
    file: 'messages',
    en: ['What kubectl prints when it changes things, and its errors', 'Every message as kubectl v1.32 prints it, with its exit code: created / configured / unchanged,\n  scaled, image updated, labeled, annotated, patched, the NotFound / AlreadyExists / unknown type /\n  unknown flag / missing argument errors.'],
    ko: ['kubectl이 무언가를 바꿀 때 출력하는 메시지와 오류', 'kubectl v1.32가 출력하는 그대로의 메시지와 종료 코드: created / configured / unchanged, scaled,\n  image updated, labeled, annotated, patched, 그리고 NotFound / AlreadyExists / 알 수 없는 타입 /\n  알 수 없는 플래그 / 인자 누락 오류.'],
    scenarios: [
      {
        en: 'apply, create and their answers',
        ko: 'apply, create와 그 응답',
        script: `kubectl apply -f features/manifests/web-deploy.yaml
kubectl apply -f features/manifests/web-deploy.yaml
kubectl apply -f features/manifests/web-deploy-replicas-10.yaml
kubectl create -f features/manifests/web-deploy.yaml
kubectl get deploy nosuch
kubectl get nosuch
kubectl get deploy --bogus
kubectl get
kubectl set image deploy web-deploy
kubectl delete deploy web-deploy nosuch`,
      },
      {
        en: 'scale, set image, label, annotate, patch',
        ko: 'scale, set image, label, annotate, patch',
        script: `given kubectl create deployment web --image=nginx:1.25 --replicas=2
kubectl scale deployment web --replicas=3
kubectl scale deployment web --replicas=4 --current-replicas=2
kubectl scale deployment nosuch --replicas=1
kubectl set image deployment web nginx=nginx:1.26
kubectl set image deployment web nginx=nginx:1.26
kubectl set image deployment web nosuch=nginx:1.26
kubectl label deployment web tier=frontend
kubectl label deployment web tier=frontend
kubectl label deployment web tier=backend
kubectl label deployment web tier=backend --overwrite
kubectl label deployment web tier-
kubectl label deployment web tier-
kubectl annotate deployment web note=hello
kubectl annotate deployment web note=bye
kubectl patch deployment web -p '{"spec":{"replicas":2}}'
kubectl patch deployment web -p '{"spec":{"replicas":2}}'
kubectl patch deployment web --type merge -p '{"metadata":{"labels":{"team":"a"}}}'
kubectl patch deployment web --type json -p '[{"op":"replace","path":"/spec/replicas","value":1}]'
kubectl get deploy web -o jsonpath='{.spec.replicas} {.metadata.labels.team} {.spec.template.spec.containers[0].image}'`,
      },
      {
        en: 'set env and set resources',
        ko: 'set env와 set resources',
        script: `given kubectl create deployment web --image=nginx:1.25
kubectl set env deployment/web GREETING=hello MODE=prod
kubectl set env deployment/web --list
kubectl set env deployment/web MODE-
kubectl set resources deployment web --limits=cpu=200m,memory=512Mi --requests=cpu=100m
kubectl set resources deployment web --limits=cpu=200m,memory=512Mi --requests=cpu=100m
kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[0].resources}'
kubectl rollout history deployment web`,
      },
      {
        en: 'delete all --all removes the workloads and the kubernetes Service comes back',
        ko: 'delete all --all은 워크로드를 모두 지우고, kubernetes 서비스는 다시 생긴다',
        script: `given kubectl create deployment web --image=nginx:1.25 --replicas=2
given kubectl create service clusterip web --tcp=80:80
wait 30s
kubectl get all
kubectl delete all --all
kubectl get all
wait 10s
kubectl get all`,
      },
    ],
  },
  {
    file: 'get-formats',
    en: ['kubectl get output formats', 'Every table kind and output format: -o wide|yaml|json|name|jsonpath|custom-columns, --sort-by,\n  --show-labels, -L, -l, --field-selector, -A, several types at once.'],
    ko: ['kubectl get 출력 형식', '표 형식과 출력 형식: -o wide|yaml|json|name|jsonpath|custom-columns, --sort-by, --show-labels,\n  -L, -l, --field-selector, -A, 여러 타입을 한 번에.'],
    scenarios: [
      {
        en: 'Tables of every kind',
        ko: '종류별 표',
        script: `given kubectl create deployment web --image=nginx:1.25 --replicas=2
given kubectl create configmap settings --from-literal=mode=prod --from-literal=level=3
given kubectl create secret generic creds --from-literal=password=s3cr3t
given kubectl create service nodeport web --tcp=80:80
wait 45s
kubectl get deploy,rs,po
kubectl get svc,ep
kubectl get cm,secrets
kubectl get nodes -o wide
kubectl get ns
kubectl get pv,pvc
kubectl get sts,ds -A
kubectl get events --field-selector involvedObject.kind=Deployment`,
      },
      {
        en: 'Selectors, columns and sorting',
        ko: '셀렉터, 열, 정렬',
        script: `given kubectl create deployment web --image=nginx:1.25 --replicas=3
given kubectl create deployment api --image=httpd:2.4
wait 20s
given kubectl label pod -l app=api tier=backend
kubectl get pods -l 'app in (web,api)' --show-labels
kubectl get pods -l app!=web -L tier
kubectl get pods --field-selector status.phase=Running -o name
kubectl get pods --sort-by=.metadata.name -o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[*].image,IP:.status.podIP
kubectl get deploy -o jsonpath='{range .items[*]}{.metadata.name}{"\\t"}{.status.readyReplicas}{"\\n"}{end}'
kubectl get nodes -o jsonpath='{.items[0].status.conditions[?(@.type=="Ready")].status}'
kubectl get pods -A --sort-by=.metadata.creationTimestamp
kubectl get deploy api -o yaml`,
      },
      {
        en: 'explain, api-resources, api-versions',
        ko: 'explain, api-resources, api-versions',
        script: `kubectl explain deploy.spec.strategy
kubectl explain ds.spec.updateStrategy
kubectl explain sts.spec.updateStrategy.type
kubectl explain deploy.spec.nosuch
kubectl api-versions
kubectl api-resources --api-group=apps`,
      },
    ],
  },
];

// --- rendering ----------------------------------------------------------------------------

const EN = { given: 'Given', when: 'When', then: 'Then', and: 'And' };
const KO = { given: '조건', when: '만일', then: '그러면', and: '그리고' };

function doc(text: string): string[] {
  const body = (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
  return ['      """', ...body.map((l) => (l === '' ? '' : `      ${l}`)), '      """'];
}

function quoteOk(line: string): boolean {
  return !line.includes('"') && !line.includes('\\');
}

function render(spec: FeatureSpec, lang: 'en' | 'ko', run: (s: ScenarioSpec) => Array<{ line: string; out?: StepOutput }>): string {
  const k = lang === 'en' ? EN : KO;
  const [title, description] = spec[lang];
  const lines: string[] = lang === 'ko' ? ['# language: ko'] : [];
  lines.push(`${lang === 'en' ? 'Feature' : '기능'}: ${title}`, `  ${description}`, '');
  for (const sc of spec.scenarios) {
    const tags = [...(sc.tags ?? []), ...(sc.nodes && sc.nodes > 1 ? [`@nodes-${sc.nodes}`] : [])];
    if (tags.length) lines.push(`  ${tags.join(' ')}`);
    lines.push(`  ${lang === 'en' ? 'Scenario' : '시나리오'}: ${sc[lang]}`);
    let last: 'given' | 'when' | 'then' | undefined;
    const kw = (w: 'given' | 'when' | 'then') => {
      const word = last === w ? k.and : k[w];
      last = w;
      return word;
    };
    for (const { line, out } of run(sc)) {
      if (line.startsWith('#')) continue;
      if (line.startsWith('image ')) {
        const [, image, , , n] = line.split(' ');
        if (lang === 'en') lines.push(`    ${kw('given')} image "${image}" fails every request from the ${n}th on`);
        else lines.push(`    ${kw('given')} "${image}" 이미지는 처음 ${Number(n) - 1}번의 요청만 정상 처리하고 ${n}번째 요청부터 500 오류를 반환한다`);
        continue;
      }
      const given = line.startsWith('given ');
      const cmd = given ? line.slice(6) : line;
      const wait = /^wait (\d+[smh](?:\d+s)?)$/.exec(cmd);
      const rollout = /^wait rollout (\S+)$/.exec(cmd);
      if (wait) {
        const ko = wait[1].replace(/(\d+)m/, '$1분').replace(/(\d+)s/, '$1초').replace(/(\d+)h/, '$1시간');
        lines.push(`    ${kw('when')} ${lang === 'en' ? `${wait[1]} pass` : `${ko}${ko.endsWith('초') ? '가' : '이'} 지나면`}`);
        continue;
      }
      if (rollout) {
        lines.push(`    ${kw('when')} ${lang === 'en' ? `the rollout of deployment "${rollout[1]}" finishes` : `디플로이먼트 "${rollout[1]}"의 롤아웃이 끝나면`}`);
        continue;
      }
      const w = given ? 'given' : 'when';
      if (quoteOk(cmd)) {
        if (lang === 'en') lines.push(`    ${kw(w)} I run "${cmd}"`);
        else lines.push(`    ${kw(w)} "${cmd}" 명령을 ${given ? '실행했다' : '실행하면'}`);
      } else {
        lines.push(`    ${kw(w)} ${lang === 'en' ? 'I run:' : given ? '다음 명령을 실행한다:' : '다음 명령을 실행하면:'}`, ...doc(cmd));
      }
      if (given || !out) continue;
      if (out.exitCode !== 0) {
        lines.push(`    ${kw('then')} ${lang === 'en' ? 'the command fails with:' : '명령은 다음 오류로 실패한다:'}`, ...doc(out.stderr));
        if (out.stdout !== '' && quoteOk(firstLine(out.stdout))) lines.push(`    ${kw('then')} ${lang === 'en' ? `the output contains "${firstLine(out.stdout)}"` : `출력에 "${firstLine(out.stdout)}"이 포함된다`}`);
      } else if (out.stdout !== '') {
        lines.push(`    ${kw('then')} ${lang === 'en' ? 'the output is:' : '다음과 같이 출력된다:'}`, ...doc(out.stdout));
      } else {
        lines.push(`    ${kw('then')} ${lang === 'en' ? 'the command succeeds' : '명령이 성공한다'}`);
        if (out.stderr !== '' && quoteOk(firstLine(out.stderr))) lines.push(`    ${kw('then')} ${lang === 'en' ? `the output contains "${firstLine(out.stderr)}"` : `출력에 "${firstLine(out.stderr)}"이 포함된다`}`);
      }
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}

function runScenario(sc: ScenarioSpec): Array<{ line: string; out?: StepOutput }> {
  const session = new Session({ seed: sc.seed ?? 1, nodes: sc.nodes ?? 1, cwd: path.join(__dirname, '..') });
  const result: Array<{ line: string; out?: StepOutput }> = [];
  for (const raw of sc.script.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('image ')) {
      const [, image, , , n] = line.split(' ');
      session.cluster.setImageBehaviour(image, { unreadyFromProbe: Number(n) });
      result.push({ line });
      continue;
    }
    const cmd = line.startsWith('given ') ? line.slice(6) : line;
    const wait = /^wait (\S+)$/.exec(cmd);
    const rollout = /^wait rollout (\S+)$/.exec(cmd);
    const out = rollout ? session.run({ kind: 'wait-rollout', name: rollout[1] }) : wait ? session.run({ kind: 'wait', duration: wait[1] }) : session.run(session.kubectlStep(cmd));
    if (line.startsWith('given ') && out.exitCode !== 0) throw new Error(`setup failed: ${cmd}\n${out.stderr}`);
    result.push({ line, out });
  }
  return result;
}

const dir = path.join(__dirname, '..', 'features', 'kubectl');
fs.mkdirSync(dir, { recursive: true });
for (const spec of FEATURES) {
  const runs = new Map<ScenarioSpec, Array<{ line: string; out?: StepOutput }>>();
  const run = (s: ScenarioSpec) => {
    if (!runs.has(s)) runs.set(s, runScenario(s));
    return runs.get(s)!;
  };
  fs.writeFileSync(path.join(dir, `${spec.file}.feature`), render(spec, 'en', run));
  fs.writeFileSync(path.join(dir, `${spec.file}.ko.feature`), render(spec, 'ko', run));
  console.log(`features/kubectl/${spec.file}.feature (+ .ko)`);
}
