export { EventBus } from './bus';
export type { Listener } from './bus';
export type { SimEvent, SimEventType } from './sim-event';
