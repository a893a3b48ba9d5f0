/**
 * The part of Cucumber Messages (protocol 32) the reports read. Declared here rather than imported
 * so report/ depends on the message format, not on a package, and tests can write envelopes by hand.
 */

export interface Timestamp {
  seconds: number;
  nanos: number;
}
export type Duration = Timestamp;

export interface Location {
  line: number;
  column?: number;
}

export interface Tag {
  name: string;
  id?: string;
  location?: Location;
}

export interface DocString {
  content: string;
  mediaType?: string;
  delimiter?: string;
}

export interface DataTable {
  rows: Array<{ cells: Array<{ value: string }> }>;
}

export interface GherkinStep {
  id: string;
  keyword: string;
  keywordType?: string;
  text: string;
  location: Location;
  docString?: DocString;
  dataTable?: DataTable;
}

export interface GherkinScenario {
  id: string;
  keyword: string;
  name: string;
  description?: string;
  location: Location;
  tags?: Tag[];
  steps: GherkinStep[];
  examples?: Array<{ id: string; tags?: Tag[]; tableBody?: Array<{ id: string; location: Location }> }>;
}

export interface GherkinBackground {
  id: string;
  keyword: string;
  name: string;
  steps: GherkinStep[];
}

export interface FeatureChild {
  background?: GherkinBackground;
  scenario?: GherkinScenario;
  rule?: { id: string; name: string; keyword: string; tags?: Tag[]; children: FeatureChild[] };
}

export interface GherkinDocument {
  uri?: string;
  feature?: {
    language: string;
    keyword: string;
    name: string;
    description?: string;
    location?: Location;
    tags?: Tag[];
    children: FeatureChild[];
  };
}

export interface PickleStep {
  id: string;
  text: string;
  type?: 'Unknown' | 'Context' | 'Action' | 'Outcome';
  astNodeIds: string[];
  argument?: { docString?: DocString; dataTable?: { rows: Array<{ cells: Array<{ value: string }> }> } };
}

export interface Pickle {
  id: string;
  uri: string;
  name: string;
  language: string;
  location?: Location;
  astNodeIds: string[];
  tags: Array<{ name: string; astNodeId?: string }>;
  steps: PickleStep[];
}

export interface TestStep {
  id: string;
  pickleStepId?: string;
  hookId?: string;
}

export interface TestCase {
  id: string;
  pickleId: string;
  testSteps: TestStep[];
}

export type StepStatus = 'UNKNOWN' | 'PASSED' | 'SKIPPED' | 'PENDING' | 'UNDEFINED' | 'AMBIGUOUS' | 'FAILED';

export interface TestStepResult {
  status: StepStatus;
  duration?: Duration;
  message?: string;
  exception?: { type?: string; message?: string; stackTrace?: string };
}

export interface Attachment {
  body: string;
  contentEncoding?: 'IDENTITY' | 'BASE64';
  mediaType: string;
  fileName?: string;
  testCaseStartedId?: string;
  testStepId?: string;
}

export interface Hook {
  id: string;
  type?: string;
  name?: string;
}

export interface Envelope {
  meta?: unknown;
  source?: { uri: string; data: string; mediaType?: string };
  gherkinDocument?: GherkinDocument;
  pickle?: Pickle;
  hook?: Hook;
  testRunStarted?: { timestamp: Timestamp };
  testCase?: TestCase;
  testCaseStarted?: { id: string; testCaseId: string; attempt?: number; timestamp?: Timestamp };
  testStepStarted?: { testCaseStartedId: string; testStepId: string; timestamp?: Timestamp };
  testStepFinished?: { testCaseStartedId: string; testStepId: string; testStepResult: TestStepResult; timestamp?: Timestamp };
  attachment?: Attachment;
  testCaseFinished?: { testCaseStartedId: string; willBeRetried?: boolean; timestamp?: Timestamp };
  testRunFinished?: { success?: boolean; timestamp?: Timestamp };
  suggestion?: { id: string; pickleStepId: string; snippets: Array<{ code: string; language?: string }> };
}
