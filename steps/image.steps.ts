import { phrase } from './phrases';

/** How an image behaves: declared before (or during) a scenario, used by pods started afterwards. */

phrase(
  ['image {string} never becomes ready', ['image']],
  ['{string} 이미지는 끝내 준비 상태가 되지 않는다', ['image']],
  ['{string} 이미지는 준비되지 않는다', ['image']],
  function ({ image }: { image: string }) {
    this.sim().setImageBehaviour(image, { neverReady: true });
  },
);

phrase(
  ['image {string} becomes unready after {int} probe(s)', ['image', 'probes']],
  ['{string} 이미지는 준비 프로브에 {int}번 성공한 뒤 준비되지 않은 상태가 된다', ['image', 'probes']],
  function ({ image, probes }: { image: string; probes: number }) {
    this.sim().setImageBehaviour(image, { unreadyFromProbe: probes + 1 });
  },
);

phrase(
  ['image {string} fails every request from the {ordinal} on', ['image', 'nth']],
  ['{string} 이미지는 처음 {int}번의 요청만 정상 처리하고 {int}번째 요청부터 {int} 오류를 반환한다', ['image', 'ok', 'nth', 'code']],
  function ({ image, nth, ok }: { image: string; nth: number; ok?: number }) {
    if (ok !== undefined && ok + 1 !== nth) throw new Error(`the first ${ok} requests succeeding means failures start at request ${ok + 1}, not ${nth}`);
    // Every readiness probe is a request: the Nth probe and all later ones fail.
    this.sim().setImageBehaviour(image, { unreadyFromProbe: nth });
  },
);

phrase(
  ['image {string} becomes unready after {duration}', ['image', 'ms']],
  ['{string} 이미지는 {duration} 뒤에 준비되지 않은 상태가 된다', ['image', 'ms']],
  function ({ image, ms }: { image: string; ms: number }) {
    this.sim().setImageBehaviour(image, { unreadyAfterSeconds: ms / 1000 });
  },
);

phrase(
  ['image {string} crashes at start', ['image']],
  ['{string} 이미지는 시작하자마자 비정상 종료된다', ['image']],
  function ({ image }: { image: string }) {
    this.sim().setImageBehaviour(image, { crashAfterSeconds: 0 });
  },
);

phrase(
  ['image {string} crashes after {duration}', ['image', 'ms']],
  ['{string} 이미지는 {duration} 뒤에 비정상 종료된다', ['image', 'ms']],
  function ({ image, ms }: { image: string; ms: number }) {
    this.sim().setImageBehaviour(image, { crashAfterSeconds: ms / 1000 });
  },
);

phrase(
  ['image {string} takes {duration} to start', ['image', 'ms']],
  ['{string} 이미지는 기동하는 데 {duration}이/가 걸린다', ['image', 'ms']],
  function ({ image, ms }: { image: string; ms: number }) {
    this.sim().setImageBehaviour(image, { startSeconds: ms / 1000 });
  },
);

phrase(
  ['image {string} ignores SIGTERM', ['image']],
  ['{string} 이미지는 SIGTERM을 받아도 종료하지 않는다', ['image']],
  function ({ image }: { image: string }) {
    this.sim().setImageBehaviour(image, { sigtermSeconds: 'ignore' });
  },
);

phrase(
  ['image {string} starts failing its health checks after {duration}', ['image', 'ms']],
  ['{string} 이미지는 {duration} 뒤부터 상태 검사에 실패한다', ['image', 'ms']],
  function ({ image, ms }: { image: string; ms: number }) {
    this.sim().setImageBehaviour(image, { unreadyAfterSeconds: ms / 1000 });
  },
);

phrase(
  ['image {string} needs {duration} before it answers', ['image', 'ms']],
  ['{string} 이미지는 응답하기까지 {duration}이/가 걸린다', ['image', 'ms']],
  function ({ image, ms }: { image: string; ms: number }) {
    this.sim().setImageBehaviour(image, { healthyAfterSeconds: ms / 1000 });
  },
);

phrase(
  ['image {string} does not exist in the registry', ['image']],
  ['{string} 이미지는 레지스트리에 없다', ['image']],
  function ({ image }: { image: string }) {
    this.sim().setImageBehaviour(image, { pullFails: true });
  },
);

phrase(
  ['image {string} needs a pull secret', ['image']],
  ['{string} 이미지를 받으려면 imagePullSecrets가 필요하다', ['image']],
  function ({ image }: { image: string }) {
    this.sim().setImageBehaviour(image, { requiresPullSecret: true });
  },
);

phrase(
  ['image {string} completes its work after {duration}', ['image', 'ms']],
  ['{string} 이미지는 {duration} 뒤에 작업을 마치고 종료된다', ['image', 'ms']],
  function ({ image, ms }: { image: string; ms: number }) {
    this.sim().setImageBehaviour(image, { completesAfterSeconds: ms / 1000 });
  },
);
